package com.articlefacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** With no API key configured, every write is refused and the problem says how to enable writes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WritesDisabledIntegrationTests {

    @LocalServerPort
    private int port;

    @Test
    void writesAreRefusedWithHowToEnableThem() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/articles"))
                .header("Content-Type", "text/plain").header("X-API-Key", "anything")
                .POST(HttpRequest.BodyPublishers.ofString("T\n\nB.\n")).build();

        HttpResponse<String> response = ContractCheckedHttpClient.create().send(post, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("ARTICLE_FACTS_API_KEY", "X-API-Key");
    }
}
