package com.articlefacts.web;

/** An If-Match header that names another version of the article than the stored one. */
class PreconditionFailedException extends RuntimeException {

    PreconditionFailedException(String message) {
        super(message);
    }
}
