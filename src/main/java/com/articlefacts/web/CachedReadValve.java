package com.articlefacts.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.FastHttpDateFormat;
import org.apache.tomcat.util.http.MimeHeaders;

import org.springframework.http.HttpHeaders;

/**
 * Answers a plain GET from the {@link ResponseCache} inside Tomcat, before the filter chain, writing each header
 * from bytes computed when the response was kept: Tomcat encodes every header given as a string with a fresh
 * charset encoder, which cost more than the rest of such a request. Anything else (a miss, a browser's CORS read,
 * HEAD, another method) goes on to the filter chain, where {@link HttpCachingFilter} and MVC deal with it.
 */
class CachedReadValve extends ValveBase {

    private static final byte[] ETAG = bytes(HttpHeaders.ETAG);
    private static final byte[] CONTENT_ENCODING = bytes(HttpHeaders.CONTENT_ENCODING);
    private static final byte[] GZIP = bytes("gzip");
    private static final byte[] DATE = bytes(HttpHeaders.DATE);

    private final ResponseCache cache;
    private final int gzipMinBytes;
    private volatile DateHeader date = new DateHeader("", new byte[0]);

    CachedReadValve(ResponseCache cache, int gzipMinBytes) {
        super(true);
        this.cache = cache;
        this.gzipMinBytes = gzipMinBytes;
    }

    /** Tomcat's date string changes once a second; its bytes are computed once for each. */
    private record DateHeader(String text, byte[] bytes) {
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        ResponseCache.Entry entry = answerable(request) ? cache.get(CachedReads.key(request)) : null;
        if (entry == null) {
            getNext().invoke(request, response);
            return;
        }
        boolean gzip = CachedReads.wantsGzip(request, entry, gzipMinBytes);
        MimeHeaders headers = response.getCoyoteResponse().getMimeHeaders();
        for (ResponseCache.Header header : entry.headers) {
            add(headers, header.nameBytes(), header.valueBytes());
        }
        add(headers, ETAG, gzip ? entry.quotedGzipTag : entry.quotedTag);
        add(headers, DATE, currentDate());
        if (CachedReads.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), entry.tag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] sent = gzip ? entry.gzip() : entry.body;
        add(headers, entry.contentType.nameBytes(), entry.contentType.valueBytes());
        if (gzip) {
            add(headers, CONTENT_ENCODING, GZIP);
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentLength(sent.length);
        response.getOutputStream().write(sent);
    }

    /** A GET that a cached JSON body can answer without CORS headers, which the filter chain works out. */
    private static boolean answerable(Request request) {
        MimeHeaders headers = request.getCoyoteRequest().getMimeHeaders();
        return "GET".equals(request.getMethod()) && headers.getValue("origin") == null
                && CachedReads.acceptsJson(request);
    }

    private byte[] currentDate() {
        String now = FastHttpDateFormat.getCurrentDate();
        DateHeader current = date;
        if (!current.text().equals(now)) {
            current = new DateHeader(now, bytes(now));
            date = current;
        }
        return current.bytes();
    }

    private static void add(MimeHeaders headers, byte[] name, byte[] value) {
        headers.addValue(name, 0, name.length).setBytes(value, 0, value.length);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
