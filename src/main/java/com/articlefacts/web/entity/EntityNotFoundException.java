package com.articlefacts.web.entity;

/** No entity has the key a caller asked for. */
public class EntityNotFoundException extends RuntimeException {

    EntityNotFoundException(String key) {
        super("No entity has the key '" + key + "'.");
    }
}
