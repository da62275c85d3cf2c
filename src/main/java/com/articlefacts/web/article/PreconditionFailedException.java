package com.articlefacts.web.article;

/** An If-Match header that names another version of the article than the stored one. */
public class PreconditionFailedException extends RuntimeException {

    PreconditionFailedException(String message) {
        super(message);
    }
}
