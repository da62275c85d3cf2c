package com.articlefacts.extraction;

/** A place's position in degrees (WGS 84), as the gazetteer gives it. */
public record Coordinates(double latitude, double longitude) {
}
