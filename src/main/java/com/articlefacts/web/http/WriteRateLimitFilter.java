package com.articlefacts.web.http;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * A token bucket per API key (Bucket4j): a writer may spend a minute's writes at once, then as they refill.
 * It runs after authorisation, so only accepted credentials have buckets and an anonymous flood costs nothing
 * here. Every write says its quota (RateLimit-Limit, -Remaining and -Reset); beyond it: 429 with Retry-After.
 */
final class WriteRateLimitFilter extends OncePerRequestFilter {

    static final String RATE_LIMIT_LIMIT = "RateLimit-Limit";
    static final String RATE_LIMIT_REMAINING = "RateLimit-Remaining";
    static final String RATE_LIMIT_RESET = "RateLimit-Reset";

    private final int writesPerMinute;
    private final JsonMapper json;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    WriteRateLimitFilter(int writesPerMinute, JsonMapper json) {
        this.writesPerMinute = writesPerMinute;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("POST".equals(method) || "PUT".equals(method) || "DELETE".equals(method)
                || "PATCH".equals(method)) || request.getHeader(SecurityConfiguration.API_KEY_HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isWriter()) {
            // a key that is not the configured one reaches here only on a route that takes no write (a 405): it
            // gets no bucket, so made-up keys cost no memory
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(SecurityConfiguration.API_KEY_HEADER);
        ConsumptionProbe probe = buckets.computeIfAbsent(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
        // the quota, as the IETF's RateLimit header fields say it, on every write: a client paces itself
        response.setHeader(RATE_LIMIT_LIMIT, String.valueOf(writesPerMinute));
        response.setHeader(RATE_LIMIT_REMAINING, String.valueOf(probe.getRemainingTokens()));
        if (probe.isConsumed()) {
            long spent = writesPerMinute - probe.getRemainingTokens();
            response.setHeader(RATE_LIMIT_RESET, String.valueOf((spent * 60 + writesPerMinute - 1) / writesPerMinute));
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        response.setHeader(RATE_LIMIT_RESET, String.valueOf(seconds));
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        ProblemDetail problem = Problems.of(ProblemType.RATE_LIMITED, "This API key may make " + writesPerMinute
                + " writes a minute; the next is allowed in " + seconds + " s.");
        problem.setProperty("writesPerMinute", writesPerMinute);
        Problems.write(response, json, problem, request.getRequestURI());
    }

    private static boolean isWriter() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> SecurityConfiguration.WRITER.equals(authority.getAuthority()));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(writesPerMinute).refillGreedy(writesPerMinute, Duration.ofMinutes(1)))
                .build();
    }
}
