package com.articlefacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Slow clients cannot starve the others: while connections hold writes whose bodies never arrive and others ask
 * for large answers they never read, every other reader is still answered, long before those connections time out.
 */
class SlowClientsIntegrationTests {

    private static final String KEY = "slow-clients-key";
    private static final int SLOW = 40;

    @Test
    void readersAreAnsweredWhileSlowClientsHoldTheirConnections(@TempDir Path seeds) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ArticleFactsApplication.class).run(
                "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:slow-clients;DB_CLOSE_DELAY=-1",
                "--article-facts.ingest.seed-dir=" + seeds, "--article-facts.api-key=" + KEY,
                "--logging.level.root=WARN")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < SLOW; i++) {
                    slow.add(bodyThatNeverArrives(port));
                    slow.add(answersNeverRead(port));
                }
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    // well under the 10 s after which the server drops a stalled connection
                    HttpRequest read = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/articles"))
                            .timeout(Duration.ofSeconds(5)).GET().build();
                    statuses.add(http.send(read, HttpResponse.BodyHandlers.ofString()).statusCode());
                }

                assertThat(statuses).containsOnly(200);
            } finally {
                for (Socket socket : slow) {
                    socket.close();
                }
            }
        }
    }

    /** A write that announces 100,000 bytes of body and sends one. */
    private static Socket bodyThatNeverArrives(int port) throws Exception {
        Socket socket = new Socket("localhost", port);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nX-API-Key: " + KEY
                + "\r\nContent-Length: 100000\r\n\r\na").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** Two hundred requests for the API description in one go, none of whose answers is ever read. */
    private static Socket answersNeverRead(int port) throws Exception {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new java.net.InetSocketAddress("localhost", port));
        byte[] request = "GET /v3/api-docs HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        OutputStream out = socket.getOutputStream();
        for (int i = 0; i < 200; i++) {
            out.write(request);
        }
        out.flush();
        return socket;
    }
}
