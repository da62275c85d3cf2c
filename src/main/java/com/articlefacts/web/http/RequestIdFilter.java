package com.articlefacts.web.http;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An id for every request, in the X-Request-Id response header and in the log lines written while it is answered
 * (MDC {@code requestId}); the client's own id is echoed where it sends a sane one, so a trace spans both sides.
 */
final class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    /** What an id a client sends may be: short, and nothing a log or a header could be tricked by. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = idOf(request.getHeader(HEADER));
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** The request's id while it is answered, or a new one outside a request. */
    static String current() {
        String id = MDC.get(MDC_KEY);
        return id != null ? id : newId();
    }

    private static String idOf(@Nullable String sent) {
        return sent != null && SANE.matcher(sent).matches() ? sent : newId();
    }

    /**
     * A random (version 4) UUID from a thread's own generator: an id need not be unguessable, and
     * {@code UUID.randomUUID()} draws on the shared SecureRandom, under a lock, on every request.
     */
    private static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
