package com.articlefacts.web.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.articlefacts.web.http.CacheHeader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A service that reports ready has already read its articles' resources through its own connector, each in turn: the
 * first reader of the seed article is answered from memory, by code the warm-up has run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "article-facts.web.warm-up-reads=8")
class ReadWarmUpIntegrationTests {

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"", "/entities", "/facts", "/paragraphs"})
    void theFirstReadAfterReadinessIsAnsweredFromMemory(String resource) throws Exception {
        HttpResponse<Void> read = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/articles/1" + resource)).build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue(CacheHeader.NAME)).hasValue("hit");
    }
}
