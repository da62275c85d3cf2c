package com.articlefacts.web.http;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

/**
 * The addresses responses give their resources: path-absolute references (RFC 3986), resolved against the origin the
 * response came from, as the Link headers are. A stored representation holds them, so they name no host.
 */
public final class ApiLinks {

    private static final String ARTICLES = "/api/articles/";
    private static final String ENTITIES = "/api/entities/";

    private ApiLinks() {
    }

    public static String article(long id) {
        return ARTICLES + id;
    }

    public static String articleEntities(long id) {
        return article(id) + "/entities";
    }

    public static String entity(String key) {
        return ENTITIES + UriUtils.encodePathSegment(key, StandardCharsets.UTF_8);
    }

    public static @Nullable String entityOrNull(@Nullable String key) {
        return key == null ? null : entity(key);
    }
}
