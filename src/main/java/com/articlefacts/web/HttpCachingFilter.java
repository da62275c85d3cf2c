package com.articlefacts.web;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.CorsProcessor;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Strong ETags, conditional GETs, gzip and the response cache for the read API. A repeated GET is answered from
 * {@link ResponseCache} with the bytes sent before, without touching MVC or the database. The container's own
 * compression skips responses with a strong ETag, since the compressed bytes are another representation; so this
 * filter compresses itself (once per cached response) and gives the gzip representation its own strong tag, and
 * honours either tag in {@code If-None-Match}.
 */
class HttpCachingFilter extends OncePerRequestFilter {

    static final String CACHE_CONTROL = "no-cache";
    private static final String GZIP_SUFFIX = "-gzip";

    private final int gzipMinBytes;
    private final ResponseCache cache;
    private final CorsConfigurationSource cors;
    private final CorsProcessor corsProcessor = new DefaultCorsProcessor();

    HttpCachingFilter(int gzipMinBytes, ResponseCache cache, CorsConfigurationSource cors) {
        this.gzipMinBytes = gzipMinBytes;
        this.cache = cache;
        this.cors = cors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean cacheable = acceptsJson(request);
        String key = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        ResponseCache.Entry entry = cacheable ? cache.get(key) : null;
        if (entry == null) {
            long generation = cache.generation();
            ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, buffered);
            if (buffered.getStatus() != HttpServletResponse.SC_OK) {
                buffered.copyBodyToResponse();
                return;
            }
            byte[] body = buffered.getContentAsByteArray();
            String contentType = buffered.getContentType();
            entry = new ResponseCache.Entry(body, contentType == null ? "application/json" : contentType,
                    buffered.getHeader(OffsetUnit.HEADER), tagOf(body));
            if (cacheable) {
                cache.put(key, entry, generation);
            }
        } else {
            if (request.getHeader(HttpHeaders.ORIGIN) != null) {
                CorsConfiguration corsConfiguration = cors.getCorsConfiguration(request);
                if (corsConfiguration != null && !corsProcessor.processRequest(corsConfiguration, request, response)) {
                    return; // a browser origin that may not read: the processor answered 403
                }
            }
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(entry.contentType);
            if (entry.offsetUnit != null) {
                response.setHeader(OffsetUnit.HEADER, entry.offsetUnit);
            }
        }
        send(request, response, entry);
    }

    private void send(HttpServletRequest request, HttpServletResponse response, ResponseCache.Entry entry)
            throws IOException {
        boolean gzip = entry.body.length >= gzipMinBytes && acceptsGzip(request);
        response.setHeader(HttpHeaders.ETAG, quoted(gzip ? entry.tag + GZIP_SUFFIX : entry.tag));
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (response.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        }
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), entry.tag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] sent = gzip ? entry.gzip() : entry.body;
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(sent.length);
        response.getOutputStream().write(sent);
    }

    /** Cached bodies are JSON: a client that asks for something else goes through MVC and gets its 406. */
    private static boolean acceptsJson(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept == null || accept.isBlank() || accept.contains("*/*") || accept.contains("application/*")
                || accept.contains("application/json");
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
}
