package com.articlefacts.web.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.CorsProcessor;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

import com.articlefacts.ingest.SeedProgress;

/**
 * Until the seed articles are in, the API says so (503 with Retry-After, "loading seeds: N of M") instead of
 * answering empty lists and 404s that look like a broken service. Frontends on other origins get the CORS headers
 * so they can read why.
 */
public final class StartupGateFilter extends OncePerRequestFilter {

    /** Seconds a client should wait; loading one seed article takes about that long on a warm model. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final ObjectProvider<SeedProgress> progress;
    private final CorsConfigurationSource cors;
    private final CorsProcessor corsProcessor;
    private final JsonMapper json;
    private volatile boolean open;

    public StartupGateFilter(ObjectProvider<SeedProgress> progress, CorsConfigurationSource cors, CorsProcessor corsProcessor,
            JsonMapper json) {
        this.progress = progress;
        this.cors = cors;
        this.corsProcessor = corsProcessor;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (open || isOpenNow()) {
            chain.doFilter(request, response);
            return;
        }
        CorsConfiguration corsConfiguration = cors.getCorsConfiguration(request);
        if (request.getHeader(HttpHeaders.ORIGIN) != null && corsConfiguration != null
                && !corsProcessor.processRequest(corsConfiguration, request, response)) {
            return; // an origin that may not call: the processor answered 403
        }
        SeedProgress seeds = progress.getObject();
        String detail = seeds.total() < 0 ? "The service is starting: listing the seed articles."
                : "The service is starting: loading seeds: " + seeds.done() + " of " + seeds.total() + ".";
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        Problems.write(response, json, Problems.of(ProblemType.STARTING, detail), request.getRequestURI());
    }

    private boolean isOpenNow() {
        SeedProgress seeds = progress.getIfAvailable();
        open = seeds == null || seeds.finished();
        return open;
    }
}
