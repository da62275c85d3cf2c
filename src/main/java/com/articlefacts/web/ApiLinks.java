package com.articlefacts.web;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

/**
 * The addresses responses give their resources: path-absolute references (RFC 3986), resolved against the origin the
 * response came from, as the Link headers are. A stored representation holds them, so they name no host.
 */
final class ApiLinks {

    private static final String ARTICLES = "/api/articles/";
    private static final String ENTITIES = "/api/entities/";

    private ApiLinks() {
    }

    static String article(long id) {
        return ARTICLES + id;
    }

    static String articleEntities(long id) {
        return article(id) + "/entities";
    }

    static String entity(String key) {
        return ENTITIES + UriUtils.encodePathSegment(key, StandardCharsets.UTF_8);
    }

    static @Nullable String entityOrNull(@Nullable String key) {
        return key == null ? null : entity(key);
    }
}
