package com.articlefacts.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Strong ETags, conditional GETs and gzip for the read API. The container's own compression skips responses with
 * a strong ETag, since the compressed bytes are another representation; so this filter compresses itself and gives
 * the gzip representation its own strong tag, and honours either tag in {@code If-None-Match}.
 */
class HttpCachingFilter extends OncePerRequestFilter {

    static final String CACHE_CONTROL = "no-cache";
    private static final String GZIP_SUFFIX = "-gzip";

    private final int gzipMinBytes;

    HttpCachingFilter(int gzipMinBytes) {
        this.gzipMinBytes = gzipMinBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, buffered);
        if (buffered.getStatus() != HttpServletResponse.SC_OK) {
            buffered.copyBodyToResponse();
            return;
        }
        byte[] body = buffered.getContentAsByteArray();
        String tag = tagOf(body);
        boolean gzip = body.length >= gzipMinBytes && acceptsGzip(request);
        String etag = quoted(gzip ? tag + GZIP_SUFFIX : tag);
        response.setHeader(HttpHeaders.ETAG, etag);
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (response.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        }
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] sent = gzip ? gzip(body) : body;
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(sent.length);
        response.getOutputStream().write(sent);
    }

    /** Weak comparison, as RFC 9110 prescribes for If-None-Match: either representation's tag matches. */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(candidate -> candidate.startsWith("W/") ? candidate.substring(2) : candidate)
                .anyMatch(candidate -> candidate.equals("*") || candidate.equals(quoted(tag))
                        || candidate.equals(quoted(tag + GZIP_SUFFIX)));
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (accepted == null) {
            return false;
        }
        for (String coding : accepted.split(",")) {
            String[] parts = coding.trim().split(";");
            if (parts[0].trim().equalsIgnoreCase("gzip")) {
                return parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    static String tagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String quoted(String tag) {
        return '"' + tag + '"';
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        }
        return out.toByteArray();
    }
}
