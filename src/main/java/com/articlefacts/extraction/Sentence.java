package com.articlefacts.extraction;

/** A sentence: its index in the document, its span, and the range of its tokens [firstToken, endToken). */
public record Sentence(int index, Span span, int firstToken, int endToken) {
}
