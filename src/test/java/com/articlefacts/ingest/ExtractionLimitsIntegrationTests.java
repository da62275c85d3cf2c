package com.articlefacts.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.articlefacts.article.ArticleRepository;

/**
 * What one extraction may cost, over real HTTP: a text over the limit is refused, one slot with a queue of two
 * refuses the write beyond them with a 503 and Retry-After, identical posts in flight share one extraction, and a
 * seed that cannot be extracted leaves the others loaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "article-facts.api-key=test-key", "article-facts.extraction.max-chars=3000",
        "article-facts.extraction.concurrency=1", "article-facts.extraction.queue=2",
        "article-facts.extraction.retry-after=45s"})
@ActiveProfiles("test")
class ExtractionLimitsIntegrationTests {

    private static final String SEED = "000_fe54be4b88a2ffd5.txt";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private ArticleRepository articles;

    @Autowired
    private ExtractionGate gate;

    @DynamicPropertySource
    static void seeds(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("seeds");
        Files.writeString(dir.resolve("000-too-long.txt"), "Too long\n\n" + "Troops shelled the town. ".repeat(200));
        Files.copy(Path.of("seeds", SEED), dir.resolve(SEED));
        registry.add("article-facts.ingest.seed-dir", dir::toString);
    }

    @Test
    void aSeedThatCannotBeExtractedLeavesTheOthersLoaded() {
        assertThat(articles.findAll()).extracting(a -> a.sourceName()).contains(SEED).doesNotContain("000-too-long.txt");
    }

    @Test
    void aTextLongerThanOneExtractionTakesIsA413ProblemAndStoresNothing() throws Exception {
        long before = articles.count();

        HttpResponse<String> response = post("Long\n\n" + "Rebels took the hill. ".repeat(200));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("at most 3000").contains("\"maxChars\":3000");
        assertThat(articles.count()).isEqualTo(before);
    }

    @Test
    void identicalPostsShareOneExtractionAndAWriteBeyondTheQueueIsA503() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            long started = gate.started();
            Future<String> holder = pool.submit(() -> gate.run(() -> ExtractionGateTests.await(release), false));
            ExtractionGateTests.waitFor(() -> gate.started() == started + 1);
            List<Future<HttpResponse<String>>> same = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                same.add(pool.submit(() -> post("Same story\n\nKurdish fighters held Tal Tamr on Monday.\n")));
            }
            ExtractionGateTests.waitFor(() -> gate.waiting() == 1);
            Future<HttpResponse<String>> other = pool.submit(() -> post("Other story\n\nTroops left Afrin.\n"));
            ExtractionGateTests.waitFor(() -> gate.waiting() == 2);

            HttpResponse<String> refused = post("Third story\n\nRebels shelled Idlib on Sunday.\n");

            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("45");
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
            List<String> locations = new ArrayList<>();
            for (Future<HttpResponse<String>> response : same) {
                HttpResponse<String> answered = response.get(60, TimeUnit.SECONDS);
                assertThat(answered.statusCode()).isIn(200, 201);
                locations.add(answered.headers().firstValue("Location").orElseThrow());
            }
            assertThat(locations).containsOnly(locations.get(0));
            assertThat(other.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
            assertThat(gate.started()).isEqualTo(started + 3);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private HttpResponse<String> post(String text) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/articles"))
                .header("Content-Type", "text/plain; charset=utf-8").header("X-API-Key", "test-key")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
