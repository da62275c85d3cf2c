package com.articlefacts.article;

/**
 * A half-open range of UTF-16 code units in an article's text, the unit of Java's and JavaScript's strings.
 *
 * @param start first code unit
 * @param end one past the last code unit
 */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
