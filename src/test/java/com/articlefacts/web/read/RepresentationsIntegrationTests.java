package com.articlefacts.web.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import com.articlefacts.article.ArticleRepository;
import com.articlefacts.ingest.ArticleIngestor;

/**
 * Every article resource is stored as the bytes its endpoint renders, with that ETag; a read that misses memory is
 * answered from them, and from rendering when they are missing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RepresentationsIntegrationTests {

    @Autowired
    private Representations representations;

    @Autowired
    private JsonMapper json;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private ArticleRepository articles;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private ResponseCache cache;

    @Autowired
    private ArticleIngestor ingestor;

    @LocalServerPort
    private int port;

    @Test
    void theStoredBytesOfEveryResourceAreWhatItsEndpointRenders() {
        long id = articles.findAll().get(0).id();
        for (Representations.Resource resource : Representations.Resource.values()) {
            Optional<Representations.Stored> stored = representations.find(String.valueOf(id), resource);
            byte[] rendered = transactions.execute(status ->
                    json.writeValueAsBytes(representations.view(String.valueOf(id), resource)));

            assertThat(stored).as(resource.name()).isPresent();
            assertThat(stored.get().body()).as(resource.name()).isEqualTo(rendered);
            assertThat(stored.get().etag()).isEqualTo(HttpCachingFilter.tagOf(rendered));
        }
        String slug = articles.findById(id).orElseThrow().slug();
        assertThat(representations.find(slug, Representations.Resource.FACTS)).isPresent();
    }

    @Test
    void aReadServedFromStoredBytesAndOneRenderedWithoutThemAreTheSame() throws Exception {
        long id = articles.findAll().get(0).id();
        String path = "/api/articles/" + id + "/events";
        get(path); // the first read of a resource teaches the headers
        cache.invalidateArticle(id, null);
        HttpResponse<byte[]> fromStore = get(path);

        jdbc.sql("delete from representation where article_id = ?").param(id).update();
        cache.invalidateArticle(id, null);
        HttpResponse<byte[]> rendered = get(path);
        representations.render(id);

        assertThat(fromStore.statusCode()).isEqualTo(200);
        assertThat(fromStore.body()).isEqualTo(rendered.body());
        assertThat(fromStore.headers().firstValue("ETag")).isEqualTo(rendered.headers().firstValue("ETag"));
        assertThat(fromStore.headers().allValues("Offset-Unit")).isEqualTo(rendered.headers().allValues("Offset-Unit"));
        assertThat(fromStore.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void aRenderingThatOverlapsAWriteStoresWhatTheWriteLeft() throws Exception {
        long id = ingestor.create("overlap.txt", "Calm in Raqqa\n\nThe city of Raqqa was calm on Monday.\n"
                .getBytes(StandardCharsets.UTF_8)).articleId();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> write = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            articles.findByIdForUpdate(id).orElseThrow(); // as every write to an article begins
            jdbc.sql("update article set title = ? where id = ?").params("Shelling in Raqqa", id).update();
            locked.countDown();
            awaitQuietly(commit);
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> rendering = CompletableFuture.runAsync(() -> representations.render(id));
        Thread.sleep(500); // time for a rendering that does not wait for the write to store what it read
        commit.countDown();
        write.get(10, TimeUnit.SECONDS);
        rendering.get(10, TimeUnit.SECONDS);

        assertThat(representations.find(String.valueOf(id), Representations.Resource.ARTICLE)).hasValueSatisfying(
                stored -> assertThat(new String(stored.body(), StandardCharsets.UTF_8)).contains("Shelling in Raqqa"));
        ingestor.delete(id);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
