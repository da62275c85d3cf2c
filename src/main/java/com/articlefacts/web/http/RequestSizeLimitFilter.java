package com.articlefacts.web.http;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses article bodies over the configured size with 413 before reading them: at once when Content-Length says
 * so, else as soon as the streamed body passes the limit. A body that takes longer than the read deadline in all
 * (a client dripping a byte at a time, which no per-read timeout catches) is refused with 408, freeing its thread.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final long deadlineNanos;
    private final JsonMapper json;

    RequestSizeLimitFilter(long maxBytes, Duration readDeadline, JsonMapper json) {
        this.maxBytes = maxBytes;
        this.deadlineNanos = readDeadline.toNanos();
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            Problems.write(response, json, ProblemType.CONTENT_TOO_LARGE, tooLarge(request.getContentLengthLong()),
                    request.getRequestURI());
            return;
        }
        chain.doFilter(new LimitedRequest(request, maxBytes, System.nanoTime() + deadlineNanos, deadlineNanos),
                response);
    }

    private String tooLarge(long size) {
        return "The body has " + size + " bytes; articles may have at most " + maxBytes + ".";
    }

    /** Thrown while reading a body that is still arriving when its deadline has passed. */
    static final class TooSlowException extends IOException {
        TooSlowException(long deadlineNanos) {
            super("The body did not arrive within " + Duration.ofNanos(deadlineNanos).toSeconds() + " s.");
        }
    }

    /** Thrown while reading a body that turns out larger than the limit. */
    static final class TooLargeException extends IOException {
        TooLargeException(long maxBytes) {
            super("The body has more than " + maxBytes + " bytes; articles may have at most " + maxBytes + ".");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long maxBytes;
        private final long deadline;
        private final long deadlineNanos;
        private ServletInputStream limited;

        LimitedRequest(HttpServletRequest request, long maxBytes, long deadline, long deadlineNanos) {
            super(request);
            this.maxBytes = maxBytes;
            this.deadline = deadline;
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedInputStream(super.getInputStream(), maxBytes, deadline, deadlineNanos);
            }
            return limited;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long maxBytes;
        private final long deadline;
        private final long deadlineNanos;
        private long read;

        LimitedInputStream(ServletInputStream in, long maxBytes, long deadline, long deadlineNanos) {
            this.in = in;
            this.maxBytes = maxBytes;
            this.deadline = deadline;
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > maxBytes) {
                throw new TooLargeException(maxBytes);
            }
            if (System.nanoTime() - deadline > 0) {
                throw new TooSlowException(deadlineNanos);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
