package com.articlefacts.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Before readiness goes UP, reads the stored resources of the newest articles through the server's own connector,
 * so that the first readers after a restart do not pay for loading classes and running cold code on the read path
 * (that was most of the first reads' p99: see the README's Performance section). Listeners of the ready event run
 * before Boot reports readiness; the reads stop at the configured count or after two seconds, and a failure only
 * ends the warm-up.
 */
@Component
class ReadWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ReadWarmUp.class);
    private static final Duration LIMIT = Duration.ofSeconds(2);
    private static final List<String> SEGMENTS = List.of("", "/entities", "/facts", "/paragraphs");

    private final JdbcClient jdbc;
    private final int reads;

    ReadWarmUp(JdbcClient jdbc, WebProperties properties) {
        this.jdbc = jdbc;
        this.reads = properties.warmUpReads();
    }

    @EventListener
    void warmUp(ApplicationReadyEvent event) {
        if (reads <= 0 || !(event.getApplicationContext() instanceof WebServerApplicationContext web)
                || web.getWebServer().getPort() <= 0) {
            return;
        }
        List<Long> ids = jdbc.sql("select id from article order by id desc limit ?").param(reads).query(Long.class)
                .list();
        if (ids.isEmpty()) {
            return;
        }
        String base = "http://127.0.0.1:" + web.getWebServer().getPort()
                + event.getApplicationContext().getEnvironment().getProperty("server.servlet.context-path", "")
                + "/api/articles/";
        long deadline = System.nanoTime() + LIMIT.toNanos();
        int done = 0;
        // not closed: HttpClient is AutoCloseable only from Java 21, and its threads end when it is collected
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(LIMIT).build();
        try {
            while (done < reads && System.nanoTime() < deadline) {
                URI uri = URI.create(base + ids.get(done % ids.size()) + SEGMENTS.get(done % SEGMENTS.size()));
                client.send(HttpRequest.newBuilder(uri).timeout(LIMIT).build(), HttpResponse.BodyHandlers.discarding());
                done++;
            }
        } catch (IOException | RuntimeException e) {
            log.debug("Warm-up stopped after {} reads: {}", done, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.debug("Warmed the read path with {} reads", done);
    }
}
