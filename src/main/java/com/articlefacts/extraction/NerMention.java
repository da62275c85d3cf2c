package com.articlefacts.extraction;

/** A name or expression found by the statistical recogniser, with its type as the recogniser gives it. */
public record NerMention(Span span, String nerType, int firstToken, int endToken) {
}
