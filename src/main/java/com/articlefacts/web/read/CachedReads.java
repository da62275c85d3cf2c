package com.articlefacts.web.read;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/** The rules that decide whether a kept response answers a request, and in which of its forms. */
public final class CachedReads {

    public static final String GZIP_TAG_SUFFIX = "-gzip";

    private CachedReads() {
    }

    /** Cached bodies are JSON: a client that asks for something else goes through MVC and gets its 406. */
    static boolean acceptsJson(@Nullable String accept) {
        return accept == null || accept.isBlank() || accept.contains("*/*") || accept.contains("application/*")
                || accept.contains("application/json");
    }

    static boolean wantsGzip(ResponseCache.Entry entry, @Nullable String acceptEncoding, int gzipMinBytes) {
        return entry.body.length >= gzipMinBytes && acceptsGzip(acceptEncoding);
    }

    static boolean acceptsGzip(@Nullable String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.trim().split(";");
            if (parts[0].trim().equalsIgnoreCase("gzip")) {
                return parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    /**
     * Whether the client's copy is the entry: by If-None-Match when sent, otherwise by If-Modified-Since against the
     * entry's Last-Modified (RFC 9110, 13.2.2); a date that does not parse is ignored, as the RFC asks.
     */
    static boolean unchanged(@Nullable String ifNoneMatch, @Nullable String ifModifiedSince, ResponseCache.Entry entry) {
        if (ifNoneMatch != null || ifModifiedSince == null || entry.lastModified == null) {
            return matches(ifNoneMatch, entry.tag);
        }
        try {
            return !entry.lastModified.isAfter(Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(ifModifiedSince)));
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Weak comparison, as RFC 9110 prescribes for If-None-Match: either representation's tag matches. */
    static boolean matches(@Nullable String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        if (ifNoneMatch.equals(quoted(tag))) {
            return true; // what a client that kept our tag sends, without splitting anything
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(candidate -> candidate.startsWith("W/") ? candidate.substring(2) : candidate)
                .anyMatch(candidate -> candidate.equals("*") || candidate.equals(quoted(tag))
                        || candidate.equals(quoted(tag + GZIP_TAG_SUFFIX)));
    }

    public static String quoted(String tag) {
        return '"' + tag + '"';
    }
}
