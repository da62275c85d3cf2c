package com.articlefacts.web.read;

import com.articlefacts.web.http.WebProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
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
 * Before readiness goes UP, reads stored resources of the newest articles through the server's own connector until
 * the read path runs compiled code, so that the first readers after a start meet the service's steady latency. Each
 * resource is read twice in a row, so both paths are trained: the first read misses memory and loads the stored
 * representation, the second is answered from the response cache. The JIT compiles a method after some thousands of
 * calls: with 200 reads the first thousand random reads after readiness had a p99 of 130-150 ms against a steady
 * 17 ms (docs/performance.md). Listeners of the ready event run before Boot reports readiness; the reads, on four
 * threads per core, stop at the configured count or time, and a failure only ends the warm-up.
 */
@Component
class ReadWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ReadWarmUp.class);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);
    /** Each article's resources are read this many times in a row: a miss, then a hit. */
    private static final int READS_PER_RESOURCE = 2;
    private static final int READERS_PER_CORE = 4;
    private static final List<String> SEGMENTS = List.of("", "/entities", "/facts", "/paragraphs");

    private final JdbcClient jdbc;
    private final int reads;
    private final Duration time;

    ReadWarmUp(JdbcClient jdbc, WebProperties properties) {
        this.jdbc = jdbc;
        this.reads = properties.warmUpReads();
        this.time = properties.warmUpTime();
    }

    @EventListener
    @Order(0)
    void warmUp(ApplicationReadyEvent event) {
        if (reads <= 0 || !(event.getApplicationContext() instanceof WebServerApplicationContext web)
                || web.getWebServer().getPort() <= 0) {
            return;
        }
        int articles = Math.max(1, reads / (SEGMENTS.size() * READS_PER_RESOURCE));
        List<Long> ids = jdbc.sql("select id from article order by id desc limit ?").param(articles)
                .query(Long.class).list();
        if (ids.isEmpty()) {
            return;
        }
        String base = "http://127.0.0.1:" + web.getWebServer().getPort()
                + event.getApplicationContext().getEnvironment().getProperty("server.servlet.context-path", "")
                + "/api/articles/";
        long started = System.nanoTime();
        long deadline = started + time.toNanos();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Runnable reader = () -> {
            for (int i = next.getAndIncrement(); i < reads && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                int resource = i / READS_PER_RESOURCE;
                URI uri = URI.create(base + ids.get(resource / SEGMENTS.size() % ids.size())
                        + SEGMENTS.get(resource % SEGMENTS.size()));
                try {
                    read(uri);
                    done.incrementAndGet();
                } catch (IOException | RuntimeException e) {
                    log.debug("Warm-up stopped: {}", e.toString());
                    return;
                }
            }
        };
        // Readers that wait on their answers leave the cores idle: four per core keep the server busy.
        List<Thread> readers = new java.util.ArrayList<>();
        for (int i = 0; i < READERS_PER_CORE * Runtime.getRuntime().availableProcessors(); i++) {
            Thread thread = new Thread(reader, "read-warm-up-" + i);
            thread.start();
            readers.add(thread);
        }
        for (Thread thread : readers) {
            try {
                thread.join(time.plus(REQUEST_TIMEOUT).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.info("Warmed the read path: {} reads in {} ms", done.get(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /**
     * One read, its body consumed so that the connection is kept for the next. The JDK's blocking client: it has no
     * threads of its own to start and stop (the warm-up made as many reads a second with the HttpClient).
     */
    private static void read(URI uri) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setConnectTimeout((int) REQUEST_TIMEOUT.toMillis());
        connection.setReadTimeout((int) REQUEST_TIMEOUT.toMillis());
        try (InputStream body = connection.getInputStream()) {
            body.transferTo(OutputStream.nullOutputStream());
        }
    }
}
