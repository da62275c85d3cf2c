package com.articlefacts.extraction;

/**
 * A half-open range of UTF-16 code units in a document's text. Cut text only with {@link #coveredText}, so a
 * mention's text always equals its slice.
 */
public record Span(int begin, int end) implements Comparable<Span> {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("invalid span [" + begin + ", " + end + ")");
        }
    }

    public String coveredText(String text) {
        return text.substring(begin, end);
    }

    public int length() {
        return end - begin;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    @Override
    public int compareTo(Span other) {
        return begin != other.begin ? Integer.compare(begin, other.begin) : Integer.compare(other.end, end);
    }
}
