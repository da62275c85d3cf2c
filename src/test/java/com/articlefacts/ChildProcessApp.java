package com.articlefacts;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The application in a JVM of its own, on a file database, so a test can restart it or kill it hard. */
final class ChildProcessApp implements AutoCloseable {

    static final String API_KEY = "child-key";

    private final Process process;
    private final int port;
    private final HttpClient http = ContractCheckedHttpClient.wrap(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());

    private ChildProcessApp(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the application on the database under the directory and waits until it is ready. */
    static ChildProcessApp start(Path dir) throws IOException, InterruptedException {
        return start(dir, List.of("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db").toAbsolutePath()
                + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000"));
    }

    /** The same on the database the arguments name (a datasource URL and whatever goes with it). */
    static ChildProcessApp start(Path dir, List<String> database) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), ArticleFactsApplication.class.getName(),
                "--server.port=" + port,
                "--article-facts.ingest.seed-dir=" + dir.resolve("seeds").toAbsolutePath(),
                "--article-facts.api-key=" + API_KEY,
                // these tests restart and kill the service; the JIT's warm-up would only lengthen every start
                "--article-facts.web.warm-up-time=2s",
                "--logging.level.root=WARN"));
        command.addAll(database);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child-" + port + ".log").toFile()).start();
        ChildProcessApp app = new ChildProcessApp(process, port);
        app.awaitReady();
        return app;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String text) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri("/api/articles")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/plain").header("X-API-Key", API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(text)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The process's id, as its JVM names itself ("pid@host"). */
    long pid() {
        return process.pid();
    }

    /** Stops the process at once, as a power cut would: no shutdown hooks, no flush. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue());
            }
            try {
                if (get("/actuator/health/readiness").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the application was not ready within 120 s");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
