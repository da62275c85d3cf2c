package com.articlefacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances on one PostgreSQL database, each with a memory cache that would keep a read for an hour: a write
 * acknowledged by one is what the other serves next, and a delete there is a 404. Needs the PostgreSQL that CI's
 * second run provides (ARTICLE_FACTS_TEST_POSTGRES_URL); on H2 alone it is reported as skipped.
 */
class TwoInstancesIntegrationTests {

    private static final String KEY = "two-instances-key";

    private final HttpClient http = ContractCheckedHttpClient.create();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aWriteAcknowledgedByOneInstanceIsWhatTheOtherServesNext(@TempDir Path seeds) throws Exception {
        String url = System.getenv(PostgresTestDatabase.URL);
        assumeTrue(url != null && !url.isBlank(), "needs PostgreSQL: set " + PostgresTestDatabase.URL);
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (ConfigurableApplicationContext first = start(url, schema, seeds);
                ConfigurableApplicationContext second = start(url, schema, seeds)) {
            String article = "Two instances\n\nThe army shelled Homs on Monday, the monitor said.\n";
            String replacement = "Two instances\n\nThe army shelled Hama on Tuesday, the monitor said.\n";
            HttpResponse<String> created = send(first, "POST", "/api/articles", article);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String path = "/api/articles/" + json.readTree(created.body()).get("id").asLong();
            assertThat(text(get(second, path))).isEqualTo(article);
            assertThat(text(get(second, path))).isEqualTo(article); // now kept in the second's memory

            assertThat(send(first, "PUT", path, replacement).statusCode()).isEqualTo(200);
            String seen = awaitText(second, path, replacement);
            assertThat(send(first, "DELETE", path, null).statusCode()).isEqualTo(204);
            int afterDelete = awaitStatus(second, path, 404);

            assertThat(seen).isEqualTo(replacement);
            assertThat(afterDelete).isEqualTo(404);
        }
    }

    private static ConfigurableApplicationContext start(String url, String schema, Path seeds) throws Exception {
        Files.createDirectories(seeds);
        String separator = url.contains("?") ? "&" : "?";
        // Arguments, not default properties: they must win over application.properties' H2 database.
        return new SpringApplicationBuilder(ArticleFactsApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + url + separator + "currentSchema=" + schema,
                "--spring.datasource.username=" + env("ARTICLE_FACTS_TEST_POSTGRES_USER", "articlefacts"),
                "--spring.datasource.password=" + env("ARTICLE_FACTS_TEST_POSTGRES_PASSWORD", "articlefacts"),
                "--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema,
                "--spring.jpa.properties.hibernate.default_schema=" + schema,
                "--article-facts.ingest.seed-dir=" + seeds, "--article-facts.api-key=" + KEY,
                "--article-facts.web.response-cache-ttl=1h", "--logging.level.root=WARN");
    }

    /** What the second instance serves once the first's write is acknowledged, read until it changes (2 s at most). */
    private String awaitText(ConfigurableApplicationContext app, String path, String expected) throws Exception {
        long deadline = System.nanoTime() + 2_000_000_000L;
        String text = text(get(app, path));
        while (!text.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(5);
            text = text(get(app, path));
        }
        return text;
    }

    private int awaitStatus(ConfigurableApplicationContext app, String path, int expected) throws Exception {
        long deadline = System.nanoTime() + 2_000_000_000L;
        int status = get(app, path).statusCode();
        while (status != expected && System.nanoTime() < deadline) {
            Thread.sleep(5);
            status = get(app, path).statusCode();
        }
        return status;
    }

    private String text(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("text").asString();
    }

    private HttpResponse<String> get(ConfigurableApplicationContext app, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(app, path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(ConfigurableApplicationContext app, String method, String path, String body)
            throws Exception {
        return http.send(HttpRequest.newBuilder(uri(app, path)).header("X-API-Key", KEY)
                .header("Content-Type", "text/plain; charset=UTF-8")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI uri(ConfigurableApplicationContext app, String path) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
