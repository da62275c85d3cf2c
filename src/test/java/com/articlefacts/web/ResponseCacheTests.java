package com.articlefacts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import com.articlefacts.ingest.ArticlesChanged;

class ResponseCacheTests {

    private static ResponseCache.Entry entry(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new ResponseCache.Entry(bytes, "application/json", List.of(), HttpCachingFilter.tagOf(bytes));
    }

    @Test
    void servesWhatWasPutUntilAWriteEmptiesIt() {
        ResponseCache cache = new ResponseCache(100, Duration.ofMinutes(1));
        cache.put("/api/articles/1", entry("{}"), cache.generation());

        assertThat(cache.get("/api/articles/1")).isNotNull();
        cache.onArticlesChanged(new ArticlesChanged(1));
        assertThat(cache.get("/api/articles/1")).isNull();
    }

    @Test
    void aReadThatRacedAWriteStoresNothing() {
        ResponseCache cache = new ResponseCache(100, Duration.ofMinutes(1));
        long readStarted = cache.generation();

        cache.onArticlesChanged(new ArticlesChanged(1));
        cache.put("/api/articles/1", entry("{\"stale\": true}"), readStarted);

        assertThat(cache.get("/api/articles/1")).isNull();
    }

    @Test
    void entriesExpireAfterTheirTimeToLive() {
        ResponseCache cache = new ResponseCache(100, Duration.ZERO);
        cache.put("/api/articles", entry("{}"), cache.generation());

        assertThat(cache.get("/api/articles")).isNull();
    }

    @Test
    void keepsTheGzipFormOfTheSameBytes() throws IOException {
        ResponseCache.Entry entry = entry("{\"text\": \"" + "Hassakeh ".repeat(200) + "\"}");

        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(entry.gzip()))) {
            assertThat(in.readAllBytes()).isEqualTo(entry.body);
        }
        assertThat(entry.gzip()).isSameAs(entry.gzip());
    }
}
