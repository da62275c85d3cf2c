package com.articlefacts.web;

/** No entity has the key a caller asked for. */
class EntityNotFoundException extends RuntimeException {

    EntityNotFoundException(String key) {
        super("No entity has the key '" + key + "'.");
    }
}
