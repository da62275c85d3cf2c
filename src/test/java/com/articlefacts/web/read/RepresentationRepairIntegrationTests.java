package com.articlefacts.web.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import tools.jackson.databind.json.JsonMapper;

/**
 * Rendering the stored representations comes after the write has committed: when it fails, the write is kept and
 * served, reads are rendered on demand, and the representations are rendered again in the background.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "article-facts.api-key=test-key")
class RepresentationRepairIntegrationTests {

    @MockitoSpyBean
    private Representations representations;

    @Autowired
    private JsonMapper json;

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aFailedRenderingLosesNoWriteServesNothingStaleAndIsRepaired() throws Exception {
        String location = send("POST", "/api/articles", "Calm in Deir ez-Zor\n\nThe city of Deir ez-Zor was calm.\n")
                .headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        doThrow(new IllegalStateException("rendering failed")).doCallRealMethod().when(representations)
                .render(anyLong());

        HttpResponse<String> replaced = send("PUT", location,
                "Shelling in Deir ez-Zor\n\nTroops shelled Deir ez-Zor on Monday.\n");

        assertThat(replaced.statusCode()).isEqualTo(200);
        HttpResponse<String> read = get(location);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json.readTree(read.body()).get("title").asString()).isEqualTo("Shelling in Deir ez-Zor");
        assertThat(json.readTree(get(location + "/events").body()).get("events").findValuesAsString("type"))
                .contains("SHELLING");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (representations.find(String.valueOf(id), Representations.Resource.EVENTS).isEmpty()
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(representations.find(String.valueOf(id), Representations.Resource.ARTICLE)).hasValueSatisfying(
                stored -> assertThat(new String(stored.body(), StandardCharsets.UTF_8)).contains("Shelling in Deir"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String method, String path, String text) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                        .header("Content-Type", "text/plain; charset=utf-8").header("X-API-Key", "test-key").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
