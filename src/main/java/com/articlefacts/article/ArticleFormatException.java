package com.articlefacts.article;

/** An article file that cannot be read as an article; the message says why. */
public class ArticleFormatException extends RuntimeException {

    public ArticleFormatException(String reason) {
        super(reason);
    }
}
