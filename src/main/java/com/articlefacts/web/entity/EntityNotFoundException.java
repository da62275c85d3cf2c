package com.articlefacts.web.entity;

import com.articlefacts.web.http.ProblemException;
import com.articlefacts.web.http.ProblemType;

/** No entity has the key a caller asked for. */
public class EntityNotFoundException extends ProblemException {

    EntityNotFoundException(String key) {
        super(ProblemType.NOT_FOUND, "No entity has the key '" + key + "'.");
    }
}
