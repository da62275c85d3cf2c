package com.articlefacts.web.read;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ETag;

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
            return true; // what a client that kept our tag sends, without parsing anything
        }
        return anyMatches(ifNoneMatch, tag, false);
    }

    /** Strong comparison, as RFC 9110 prescribes for If-Match; our gzip form's tag names the same article. */
    public static boolean matchesStrongly(String ifMatch, String tag) {
        return anyMatches(ifMatch, tag, true);
    }

    private static boolean anyMatches(String header, String tag, boolean strong) {
        ETag plain = new ETag(tag, false);
        ETag gzip = new ETag(tag + GZIP_TAG_SUFFIX, false);
        return ETag.parse(header).stream().anyMatch(candidate -> candidate.isWildcard()
                || candidate.compare(plain, strong) || candidate.compare(gzip, strong));
    }

    public static String quoted(String tag) {
        return '"' + tag + '"';
    }
}
