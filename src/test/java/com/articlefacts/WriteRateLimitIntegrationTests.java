package com.articlefacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** A writer gets its minute's writes, then 429 with Retry-After; readers are not counted. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = {"article-facts.api-key=limited-key", "article-facts.writes-per-minute=3"})
class WriteRateLimitIntegrationTests {

    private final HttpClient http = ContractCheckedHttpClient.create();

    @LocalServerPort
    private int port;

    @Test
    void writesBeyondTheRateAre429WithRetryAfterAndReadsGoOn() throws Exception {
        List<HttpResponse<String>> deletes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            deletes.add(http.send(HttpRequest.newBuilder(uri("/api/articles/999999")).DELETE()
                    .header("X-API-Key", "limited-key").build(), HttpResponse.BodyHandlers.ofString()));
        }
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(uri("/api/articles")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(deletes.subList(0, 3)).extracting(HttpResponse::statusCode).containsOnly(404);
        assertThat(deletes).extracting(d -> d.headers().firstValue("RateLimit-Remaining").orElse(""))
                .containsExactly("2", "1", "0", "0");
        assertThat(deletes).allSatisfy(d -> assertThat(d.headers().firstValue("RateLimit-Limit")).hasValue("3"));
        HttpResponse<String> limited = deletes.get(3);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(limited.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(limited.body()).contains("/problems/rate-limited", "3 writes a minute");
        assertThat(read.statusCode()).isEqualTo(200);
    }

    @Test
    void madeUpKeysOnARouteThatTakesNoWriteGetNoQuota() throws Exception {
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/entities"))
                    .POST(HttpRequest.BodyPublishers.noBody()).header("X-API-Key", "made-up-" + i).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(405);
            assertThat(response.headers().firstValue("RateLimit-Remaining")).isEmpty();
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
