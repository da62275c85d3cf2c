package com.articlefacts.article;

/** A field of the article longer than the service stores. */
public class FieldTooLongException extends ArticleFormatException {

    private final String field;
    private final int maxChars;

    public FieldTooLongException(String field, int maxChars, int length) {
        super("the " + field + " has " + length + " characters; it may have at most " + maxChars);
        this.field = field;
        this.maxChars = maxChars;
    }

    public String field() {
        return field;
    }

    public int maxChars() {
        return maxChars;
    }
}
