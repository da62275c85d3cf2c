package com.articlefacts.web;

import java.nio.ByteBuffer;

import org.apache.coyote.ActionCode;
import org.apache.coyote.Adapter;
import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.apache.tomcat.util.http.FastHttpDateFormat;
import org.apache.tomcat.util.http.MimeHeaders;
import org.apache.tomcat.util.net.SocketEvent;

import org.springframework.http.HttpHeaders;

/**
 * Answers a plain GET from the {@link ResponseCache} as soon as Tomcat has parsed it, before the servlet container
 * builds its request objects, maps the path and runs valves and filters; that work was a quarter of such a
 * request's cost. Every header is written from bytes computed when the response was kept: Tomcat encodes each
 * header it is given as a string with a fresh charset encoder, which made most of the memory a request allocated.
 * Anything else (a miss, a browser's CORS read, HEAD, another method) goes to the servlet container, where
 * {@link HttpCachingFilter} and MVC deal with it. Only paths that the container answered with 200 before are ever
 * in the cache, so nothing reaches the application here that did not pass through it.
 */
final class CachedReadAdapter implements Adapter {

    private static final byte[] ETAG = ResponseCache.latin1(HttpHeaders.ETAG);
    private static final byte[] CONTENT_ENCODING = ResponseCache.latin1(HttpHeaders.CONTENT_ENCODING);
    private static final byte[] GZIP = ResponseCache.latin1("gzip");
    private static final byte[] DATE = ResponseCache.latin1(HttpHeaders.DATE);

    private final Adapter container;
    private final ResponseCache cache;
    private final int gzipMinBytes;
    private volatile DateHeader date = new DateHeader("", new byte[0]);

    CachedReadAdapter(Adapter container, ResponseCache cache, int gzipMinBytes) {
        this.container = container;
        this.cache = cache;
        this.gzipMinBytes = gzipMinBytes;
    }

    /** Tomcat's date string changes once a second; its bytes are computed once for each. */
    private record DateHeader(String text, byte[] bytes) {
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        ResponseCache.Entry entry = answerable(request, response)
                ? cache.get(CachedReads.key(request.requestURI().toString(), request.queryString().toString()))
                : null;
        if (entry == null) {
            container.service(request, response);
            return;
        }
        boolean gzip = CachedReads.wantsGzip(entry, request.getHeader("accept-encoding"), gzipMinBytes);
        MimeHeaders headers = response.getMimeHeaders();
        for (ResponseCache.Header header : entry.headers) {
            add(headers, header.nameBytes(), header.valueBytes());
        }
        add(headers, ETAG, gzip ? entry.quotedGzipTag : entry.quotedTag);
        add(headers, DATE, currentDate());
        if (CachedReads.matches(request.getHeader("if-none-match"), entry.tag)) {
            response.setStatus(304);
        } else {
            byte[] sent = gzip ? entry.gzip() : entry.body;
            add(headers, entry.contentType.nameBytes(), entry.contentType.valueBytes());
            if (gzip) {
                add(headers, CONTENT_ENCODING, GZIP);
            }
            response.setStatus(200);
            response.setContentLength(sent.length);
            response.doWrite(ByteBuffer.wrap(sent));
        }
        response.action(ActionCode.CLOSE, null);
    }

    /**
     * A GET that a kept JSON body can answer without CORS headers, which the filter chain works out. A request that
     * Tomcat already refused (an over-long line, a bad header) arrives with its error status set: the container
     * answers it.
     */
    private static boolean answerable(Request request, Response response) {
        return response.getStatus() == 200 && "GET".equals(request.getMethod()) && request.getHeader("origin") == null
                && CachedReads.acceptsJson(request.getHeader("accept"));
    }

    private byte[] currentDate() {
        String now = FastHttpDateFormat.getCurrentDate();
        DateHeader current = date;
        if (!current.text().equals(now)) {
            current = new DateHeader(now, ResponseCache.latin1(now));
            date = current;
        }
        return current.bytes();
    }

    private static void add(MimeHeaders headers, byte[] name, byte[] value) {
        headers.addValue(name, 0, name.length).setBytes(value, 0, value.length);
    }

    @Override
    public boolean prepare(Request request, Response response) throws Exception {
        return container.prepare(request, response);
    }

    @Override
    public boolean asyncDispatch(Request request, Response response, SocketEvent status) throws Exception {
        return container.asyncDispatch(request, response, status);
    }

    @Override
    public void log(Request request, Response response, long time) {
        container.log(request, response, time);
    }

    @Override
    public void checkRecycled(Request request, Response response) {
        container.checkRecycled(request, response);
    }

    @Override
    public String getDomain() {
        return container.getDomain();
    }
}
