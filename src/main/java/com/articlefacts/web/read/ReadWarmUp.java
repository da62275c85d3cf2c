package com.articlefacts.web.read;

import com.articlefacts.web.http.WebProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.annotation.Order;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Before readiness goes UP, reads the stored resources of the newest articles through the server's own connector,
 * so that the first readers after a restart do not pay for loading classes and running cold code on the read path
 * (that was most of the first reads' p99: see the README's Performance section). Listeners of the ready event run
 * before Boot reports readiness; the reads, on one thread per core, stop at the configured count or after a second,
 * and a failure only ends the warm-up.
 */
@Component
class ReadWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ReadWarmUp.class);
    private static final Duration LIMIT = Duration.ofSeconds(1);
    private static final List<String> SEGMENTS = List.of("", "/entities", "/facts", "/paragraphs");

    private final JdbcClient jdbc;
    private final int reads;

    ReadWarmUp(JdbcClient jdbc, WebProperties properties) {
        this.jdbc = jdbc;
        this.reads = properties.warmUpReads();
    }

    @EventListener
    @Order(0)
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
        // not closed: HttpClient is AutoCloseable only from Java 21, and its threads end when it is collected
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(LIMIT).build();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Runnable reader = () -> {
            for (int i = next.getAndIncrement(); i < reads && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                URI uri = URI.create(base + ids.get(i % ids.size()) + SEGMENTS.get(i % SEGMENTS.size()));
                try {
                    client.send(HttpRequest.newBuilder(uri).timeout(LIMIT).build(),
                            HttpResponse.BodyHandlers.discarding());
                    done.incrementAndGet();
                } catch (IOException | RuntimeException e) {
                    log.debug("Warm-up stopped: {}", e.toString());
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        };
        // as many readers as cores, so the warm-up costs startup a fraction of its reads' time
        List<Thread> readers = new java.util.ArrayList<>();
        for (int i = 0; i < Math.max(1, Runtime.getRuntime().availableProcessors()); i++) {
            Thread thread = new Thread(reader, "read-warm-up-" + i);
            thread.start();
            readers.add(thread);
        }
        for (Thread thread : readers) {
            try {
                thread.join(LIMIT.toMillis() * 2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.debug("Warmed the read path with {} reads", done.get());
    }
}
