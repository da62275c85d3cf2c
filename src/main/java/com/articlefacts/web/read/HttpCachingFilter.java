package com.articlefacts.web.read;

import com.articlefacts.web.http.CacheHeader;
import com.articlefacts.web.http.InvalidParameterException;
import com.articlefacts.web.http.Problems;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.codec.digest.DigestUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.CorsProcessor;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import tools.jackson.databind.json.JsonMapper;

/**
 * The read path: strong ETags, conditional GETs, gzip, the memory cache and the stored representations. A read
 * is matched to its route ({@link ApiRoutes}: unknown query parameters are refused here). A cached response is sent
 * as it was; an article resource missing from memory is read from its stored representation (one lookup by
 * primary key); anything else is rendered by MVC and kept. The container's own compression skips responses with a
 * strong ETag, since the compressed bytes are another representation; so this filter compresses itself (once per
 * kept response) and gives the gzip representation its own strong tag, and honours either tag in If-None-Match.
 */
public class HttpCachingFilter extends OncePerRequestFilter {

    private static final String CACHE_CONTROL = "no-cache";
    private static final String HIT = "hit";
    private static final String STORED = "stored";
    private static final String RENDERED = "rendered";

    /** Headers that belong to one exchange, or that the answer from a kept response sets itself. */
    private static final Set<String> NOT_REPLAYED = Set.of("content-type", "content-length", "content-encoding",
            "transfer-encoding", "date", "etag", "last-modified", "set-cookie", "connection", "keep-alive", "x-cache", "x-request-id");

    private final int gzipMinBytes;
    private final ResponseCache cache;
    /** Resolved at the first read, not while the container starts (and absent in MVC test slices). */
    private final ObjectProvider<Representations> representations;
    private final CorsConfigurationSource cors;
    private final CorsProcessor corsProcessor;
    private final JsonMapper json;
    /**
     * The headers MVC and security send with an article resource in UTF-16 offsets, learnt from the first one
     * rendered, so that answers from stored representations carry exactly the same.
     */
    private volatile @Nullable List<ResponseCache.Header> storedHeaders;

    HttpCachingFilter(int gzipMinBytes, ResponseCache cache, ObjectProvider<Representations> representations,
            CorsConfigurationSource cors, CorsProcessor corsProcessor, JsonMapper json) {
        this.gzipMinBytes = gzipMinBytes;
        this.cache = cache;
        this.representations = representations;
        this.cors = cors;
        this.corsProcessor = corsProcessor;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ApiRoutes.Read read;
        try {
            read = ApiRoutes.match(request.getRequestURI(), request.getQueryString());
        } catch (InvalidParameterException e) {
            Problems.write(response, json, e.problem(), request.getRequestURI());
            return;
        }
        if (read == null) {
            chain.doFilter(request, response);
            return;
        }
        boolean cacheable = CachedReads.acceptsJson(request.getHeader(HttpHeaders.ACCEPT));
        ResponseCache.Entry entry = cacheable ? cache.get(read.key()) : null;
        String source = entry != null ? HIT : STORED;
        if (entry == null && cacheable && read.stored() != null) {
            entry = stored(read);
        }
        if (entry != null && request.getHeader(HttpHeaders.ORIGIN) == null && unchanged(request, entry)) {
            notModified(request, response, entry, source);
            return;
        }
        if (entry == null) {
            entry = rendered(request, response, chain, read, cacheable);
            if (entry == null) {
                return; // not a 200: MVC's answer has been sent as it was
            }
            response.setHeader(CacheHeader.NAME, RENDERED);
        } else {
            response.setHeader(CacheHeader.NAME, source);
            for (ResponseCache.Header header : entry.headers) {
                response.addHeader(header.name(), header.value());
            }
            if (request.getHeader(HttpHeaders.ORIGIN) != null) {
                CorsConfiguration corsConfiguration = cors.getCorsConfiguration(request);
                if (corsConfiguration != null && !corsProcessor.processRequest(corsConfiguration, request, response)) {
                    return; // a browser origin that may not read: the processor answered 403
                }
                varyInOneLine(response); // the processor adds the names it varies on line by line
            }
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(entry.contentType);
        }
        send(request, response, entry);
    }

    /** The stored representation of an article resource, kept in memory from now on; null if none is stored. */
    private ResponseCache.@Nullable Entry stored(ApiRoutes.Read read) {
        List<ResponseCache.Header> headers = storedHeaders;
        Representations store = representations.getIfAvailable();
        if (headers == null || store == null || read.article() == null || read.stored() == null) {
            return null;
        }
        long generation = cache.generation();
        Optional<Representations.Stored> stored = store.find(read.article(), read.stored());
        if (stored.isEmpty()) {
            return null;
        }
        ResponseCache.Entry entry = new ResponseCache.Entry(stored.get().body(), "application/json", headers,
                stored.get().etag(), stored.get().updatedAt());
        cache.put(read.key(), entry, generation);
        return entry;
    }

    private ResponseCache.@Nullable Entry rendered(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain, ApiRoutes.Read read, boolean cacheable) throws ServletException, IOException {
        long generation = cache.generation();
        // read before rendering: a write in between leaves an older date with newer bytes, never the reverse
        Representations store = representations.getIfAvailable();
        Instant lastModified = read.article() == null || store == null ? null : store.updatedAt(read.article());
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, buffered);
        if (buffered.getStatus() != HttpServletResponse.SC_OK) {
            buffered.copyBodyToResponse();
            return null;
        }
        if (response.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        }
        varyInOneLine(response, HttpHeaders.ACCEPT_ENCODING);
        byte[] body = buffered.getContentAsByteArray();
        String contentType = buffered.getContentType();
        List<ResponseCache.Header> headers = replayable(response);
        ResponseCache.Entry entry = new ResponseCache.Entry(body, contentType == null ? "application/json" : contentType,
                headers, tagOf(body), lastModified);
        if (entry.lastModified != null) {
            response.setHeader(HttpHeaders.LAST_MODIFIED, entry.headers.get(entry.headers.size() - 1).value());
        }
        if (cacheable) {
            cache.put(read.key(), entry, generation);
        }
        if (storedHeaders == null && read.stored() != null && request.getHeader(HttpHeaders.ORIGIN) == null) {
            storedHeaders = headers;
        }
        return entry;
    }

    /**
     * The revalidation of a kept response, answered before anything else is copied: the most frequent read of a
     * client that caches, and a 304 needs only the headers that update the client's copy.
     */
    private void notModified(HttpServletRequest request, HttpServletResponse response, ResponseCache.Entry entry,
            String source) {
        response.setHeader(CacheHeader.NAME, source);
        for (ResponseCache.Header header : entry.notModifiedHeaders) {
            response.addHeader(header.name(), header.value());
        }
        response.setHeader(HttpHeaders.ETAG, CachedReads.quoted(tagSent(request, entry)));
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
    }

    private static boolean unchanged(HttpServletRequest request, ResponseCache.Entry entry) {
        return CachedReads.unchanged(request.getHeader(HttpHeaders.IF_NONE_MATCH),
                request.getHeader(HttpHeaders.IF_MODIFIED_SINCE), entry);
    }

    private String tagSent(HttpServletRequest request, ResponseCache.Entry entry) {
        boolean gzip = CachedReads.wantsGzip(entry, request.getHeader(HttpHeaders.ACCEPT_ENCODING), gzipMinBytes);
        return gzip ? entry.tag + CachedReads.GZIP_TAG_SUFFIX : entry.tag;
    }

    private void send(HttpServletRequest request, HttpServletResponse response, ResponseCache.Entry entry)
            throws IOException {
        boolean gzip = CachedReads.wantsGzip(entry, request.getHeader(HttpHeaders.ACCEPT_ENCODING), gzipMinBytes);
        response.setHeader(HttpHeaders.ETAG, CachedReads.quoted(tagSent(request, entry)));
        if (unchanged(request, entry)) {
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

    /**
     * CORS and compression each add a Vary line; sent as one, since the container encodes every header line on its
     * own and that encoding was a fifth of the work of a 304.
     */
    private static void varyInOneLine(HttpServletResponse response, String... more) {
        Set<String> varied = new LinkedHashSet<>();
        for (String line : response.getHeaders(HttpHeaders.VARY)) {
            for (String name : line.split(",")) {
                varied.add(name.trim());
            }
        }
        varied.addAll(List.of(more));
        response.setHeader(HttpHeaders.VARY, String.join(", ", varied));
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
                headers.add(new ResponseCache.Header(name, value));
            }
        }
        return headers;
    }

    /** The first 128 bits of the body's SHA-256, in hex. */
    public static String tagOf(byte[] body) {
        return DigestUtils.sha256Hex(body).substring(0, 32);
    }
}
