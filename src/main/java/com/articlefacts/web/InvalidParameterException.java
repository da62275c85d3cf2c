package com.articlefacts.web;

/** A query parameter whose value the API does not accept; answered with 400. */
class InvalidParameterException extends RuntimeException {

    InvalidParameterException(String name, String value, String expected) {
        super("'" + name + "' must be " + expected + " (was '" + value + "')");
    }
}
