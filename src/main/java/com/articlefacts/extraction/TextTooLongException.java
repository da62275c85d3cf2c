package com.articlefacts.extraction;

/** A text longer than one extraction may take: refused before any work, so its cost stays bounded. */
public class TextTooLongException extends RuntimeException {

    private final int maxChars;

    public TextTooLongException(int length, int maxChars) {
        super("The article text has " + length + " characters; one extraction takes at most " + maxChars + ".");
        this.maxChars = maxChars;
    }

    public int maxChars() {
        return maxChars;
    }
}
