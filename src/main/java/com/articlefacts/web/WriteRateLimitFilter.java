package com.articlefacts.web;

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
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * A token bucket per API key (Bucket4j): a writer may spend a minute's writes at once, then as they refill.
 * It runs after authorisation, so only accepted credentials have buckets and an anonymous flood costs nothing
 * here. Beyond the rate: 429 with Retry-After.
 */
final class WriteRateLimitFilter extends OncePerRequestFilter {

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
        String key = request.getHeader(SecurityConfiguration.API_KEY_HEADER);
        ConsumptionProbe probe = buckets.computeIfAbsent(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        ProblemDetail problem = Problems.of(ProblemType.RATE_LIMITED, "This API key may make " + writesPerMinute
                + " writes a minute; the next is allowed in " + seconds + " s.");
        problem.setProperty("writesPerMinute", writesPerMinute);
        Problems.write(response, json, problem, request.getRequestURI());
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(writesPerMinute).refillGreedy(writesPerMinute, Duration.ofMinutes(1)))
                .build();
    }
}
