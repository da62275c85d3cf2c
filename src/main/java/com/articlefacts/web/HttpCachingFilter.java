package com.articlefacts.web;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.CorsProcessor;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Strong ETags, conditional GETs, gzip and the response cache for the read API. A GET that misses is rendered by
 * MVC and kept in {@link ResponseCache} with the headers it was sent with; a repeated GET is answered with the same
 * bytes and headers without touching MVC or the database (on Tomcat, {@link CachedReadAdapter} answers most of those
 * before the servlet container). The container's own compression skips responses with a strong ETag, since the
 * compressed bytes are another representation; so this filter compresses itself (once per kept response) and gives
 * the gzip representation its own strong tag, and honours either tag in {@code If-None-Match}.
 */
class HttpCachingFilter extends OncePerRequestFilter {

    private static final String CACHE_CONTROL = "no-cache";

    /** Headers that belong to one exchange, or that the answer from a kept response sets itself. */
    private static final Set<String> NOT_REPLAYED = Set.of("content-type", "content-length", "content-encoding",
            "transfer-encoding", "date", "etag", "set-cookie", "connection", "keep-alive");

    private final int gzipMinBytes;
    private final ResponseCache cache;
    private final CorsConfigurationSource cors;
    private final CorsProcessor corsProcessor;

    HttpCachingFilter(int gzipMinBytes, ResponseCache cache, CorsConfigurationSource cors, CorsProcessor corsProcessor) {
        this.gzipMinBytes = gzipMinBytes;
        this.cache = cache;
        this.cors = cors;
        this.corsProcessor = corsProcessor;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean cacheable = CachedReads.acceptsJson(request.getHeader(HttpHeaders.ACCEPT));
        String key = CachedReads.key(request.getRequestURI(), request.getQueryString());
        ResponseCache.Entry entry = cacheable ? cache.get(key) : null;
        if (entry == null) {
            long generation = cache.generation();
            ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, buffered);
            if (buffered.getStatus() != HttpServletResponse.SC_OK) {
                buffered.copyBodyToResponse();
                return;
            }
            if (response.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
            }
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            byte[] body = buffered.getContentAsByteArray();
            String contentType = buffered.getContentType();
            entry = new ResponseCache.Entry(body, contentType == null ? "application/json" : contentType,
                    replayable(response), tagOf(body));
            if (cacheable) {
                cache.put(key, entry, generation);
            }
        } else {
            for (ResponseCache.Header header : entry.headers) {
                response.addHeader(header.name(), header.value());
            }
            if (request.getHeader(HttpHeaders.ORIGIN) != null) {
                CorsConfiguration corsConfiguration = cors.getCorsConfiguration(request);
                if (corsConfiguration != null && !corsProcessor.processRequest(corsConfiguration, request, response)) {
                    return; // a browser origin that may not read: the processor answered 403
                }
            }
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(entry.contentType.value());
        }
        send(request, response, entry);
    }

    private void send(HttpServletRequest request, HttpServletResponse response, ResponseCache.Entry entry)
            throws IOException {
        boolean gzip = CachedReads.wantsGzip(entry, request.getHeader(HttpHeaders.ACCEPT_ENCODING), gzipMinBytes);
        String tag = gzip ? entry.tag + CachedReads.GZIP_TAG_SUFFIX : entry.tag;
        response.setHeader(HttpHeaders.ETAG, CachedReads.quoted(tag));
        if (CachedReads.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), entry.tag)) {
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

    /** The headers MVC, security and CORS set on the response, in order, less those of this exchange alone. */
    private static List<ResponseCache.Header> replayable(HttpServletResponse response) {
        List<ResponseCache.Header> headers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : response.getHeaderNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!seen.add(lower) || NOT_REPLAYED.contains(lower) || lower.startsWith("access-control-")) {
                continue; // a container lists a name once per value; getHeaders gives them all
            }
            for (String value : response.getHeaders(name)) {
                headers.add(ResponseCache.Header.of(name, value));
            }
        }
        return headers;
    }

    static String tagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
