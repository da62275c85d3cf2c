package com.articlefacts.web;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * The rules that decide whether a kept response answers a request, shared by the servlet filter that fills the
 * {@link ResponseCache} and the Tomcat valve that answers from it.
 */
final class CachedReads {

    static final String GZIP_TAG_SUFFIX = "-gzip";

    private CachedReads() {
    }

    /** The cache key: path and query exactly as sent. */
    static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }

    /** Cached bodies are JSON: a client that asks for something else goes through MVC and gets its 406. */
    static boolean acceptsJson(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept == null || accept.isBlank() || accept.contains("*/*") || accept.contains("application/*")
                || accept.contains("application/json");
    }

    static boolean wantsGzip(HttpServletRequest request, ResponseCache.Entry entry, int gzipMinBytes) {
        return entry.body.length >= gzipMinBytes && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
    }

    static boolean acceptsGzip(String acceptEncoding) {
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

    /** Weak comparison, as RFC 9110 prescribes for If-None-Match: either representation's tag matches. */
    static boolean matches(String ifNoneMatch, String tag) {
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

    static String quoted(String tag) {
        return '"' + tag + '"';
    }
}
