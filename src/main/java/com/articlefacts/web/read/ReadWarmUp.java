package com.articlefacts.web.read;

import com.articlefacts.web.http.WebProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * Before readiness goes UP, reads stored resources of random articles through the server's own connector until the
 * read path runs compiled code, so that the first readers after a start meet the service's steady rate and latency.
 * The JIT compiles a method after some thousands of calls, and its optimising compiler needs seconds of CPU more for
 * the whole path (Tomcat, the filters, H2's lookup): with a fixed 8,000 reads the first ten seconds of random reads
 * after readiness ran at a third of the steady rate (docs/performance.md). So the warm-up makes at least the
 * configured number of reads and then goes on until the JIT has been quiet for a second (it spent less than
 * {@link #QUIET_COMPILE_SHARE} of that second compiling), or the configured time is up. The reads pick articles at
 * random among all ids stored, as the readers after it will: the JIT compiles for the paths it has seen taken, and a
 * warm-up that read only a few articles, all from memory after the first pass, left the path that loads a stored
 * representation to be compiled again under the first readers' load (a first round at half the steady rate).
 * Listeners of the ready event run before Boot reports readiness; a failure only ends the warm-up.
 */
@Component
class ReadWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ReadWarmUp.class);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);
    private static final int READERS_PER_CORE = 4;
    private static final List<String> SEGMENTS = List.of("", "/entities", "/facts", "/paragraphs");
    /** The JIT counts as quiet when it spends less than this share of a second compiling. */
    private static final double QUIET_COMPILE_SHARE = 0.1;
    private static final Duration QUIET_WINDOW = Duration.ofSeconds(1);

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
        Map<String, Object> range = jdbc.sql("select min(id) as first, max(id) as last from article").query()
                .singleRow();
        if (range.get("first") == null) {
            return;
        }
        long first = ((Number) range.get("first")).longValue();
        long last = ((Number) range.get("last")).longValue();
        String base = "http://127.0.0.1:" + web.getWebServer().getPort()
                + event.getApplicationContext().getEnvironment().getProperty("server.servlet.context-path", "")
                + "/api/articles/";
        long started = System.nanoTime();
        long deadline = started + time.toNanos();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        Runnable reader = () -> {
            while (!stop.get() && System.nanoTime() < deadline) {
                // every resource in turn, of a random article
                URI uri = URI.create(base + ThreadLocalRandom.current().nextLong(first, last + 1)
                        + SEGMENTS.get(Math.floorMod(next.getAndIncrement(), SEGMENTS.size())));
                try {
                    read(uri);
                    done.incrementAndGet();
                } catch (IOException | RuntimeException e) {
                    log.debug("Warm-up stopped: {}", e.toString());
                    stop.set(true);
                }
            }
        };
        // Readers that wait on their answers leave the cores idle: four per core keep the server busy.
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < READERS_PER_CORE * Runtime.getRuntime().availableProcessors(); i++) {
            Thread thread = new Thread(reader, "read-warm-up-" + i);
            thread.start();
            readers.add(thread);
        }
        try {
            waitForCompiledCode(done, deadline, stop);
            stop.set(true);
            for (Thread thread : readers) {
                thread.join(REQUEST_TIMEOUT.toMillis());
            }
        } catch (InterruptedException e) {
            stop.set(true);
            Thread.currentThread().interrupt();
            return;
        }
        log.info("Warmed the read path: {} reads in {} ms", done.get(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /** Returns once the reads are made and the JIT is quiet, the time is up, or the readers stopped. */
    private void waitForCompiledCode(AtomicInteger done, long deadline, AtomicBoolean stop)
            throws InterruptedException {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean measurable = jit != null && jit.isCompilationTimeMonitoringSupported();
        long compiling = measurable ? jit.getTotalCompilationTime() : 0;
        while (!stop.get() && System.nanoTime() < deadline) {
            Thread.sleep(QUIET_WINDOW.toMillis());
            long before = compiling;
            compiling = measurable ? jit.getTotalCompilationTime() : 0;
            boolean quiet = !measurable || compiling - before < QUIET_COMPILE_SHARE * QUIET_WINDOW.toMillis();
            if (done.get() >= reads && quiet) {
                return;
            }
        }
    }

    /**
     * One read, its body consumed so that the connection is kept for the next. The JDK's blocking client: it has no
     * threads of its own to start and stop (the warm-up made as many reads a second with the HttpClient).
     */
    private static void read(URI uri) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setConnectTimeout((int) REQUEST_TIMEOUT.toMillis());
        connection.setReadTimeout((int) REQUEST_TIMEOUT.toMillis());
        // an id deleted since is a 404 with a problem body, read all the same
        try (InputStream body = connection.getResponseCode() < 400 ? connection.getInputStream()
                : connection.getErrorStream()) {
            if (body != null) {
                body.transferTo(OutputStream.nullOutputStream());
            }
        }
    }
}
