package com.articlefacts.extraction;

import org.jspecify.annotations.Nullable;

/**
 * A name or expression found by the statistical recogniser, with its type as the recogniser gives it.
 *
 * @param normalized SUTime's ISO 8601 value for temporal expressions ("2016-08-21TMO"), null otherwise
 */
public record NerMention(Span span, String nerType, int firstToken, int endToken, @Nullable String normalized) {
}
