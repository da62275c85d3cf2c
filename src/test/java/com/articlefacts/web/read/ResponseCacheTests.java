package com.articlefacts.web.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

class ResponseCacheTests {

    private static final ResponseCache.CacheKey ARTICLE_1 = key("/api/articles/1", "1");
    private static final ResponseCache.CacheKey BY_SLUG = key("/api/articles/first-article/entities", "first-article");
    private static final ResponseCache.CacheKey ARTICLE_2 = key("/api/articles/2", "2");
    private static final ResponseCache.CacheKey LIST = key("/api/articles", null);
    private static final ResponseCache.CacheKey API_DOCS = new ResponseCache.CacheKey("/v3/api-docs", "", null);

    private static final String BODY_10_KB = "{\"text\": \"" + "x".repeat(10_000) + "\"}";

    /** Article {@code id}'s own resource, as a read of /api/articles/{id} keys it. */
    private static ResponseCache.CacheKey article(int id) {
        return key("/api/articles/" + id, String.valueOf(id));
    }

    private static ResponseCache.CacheKey key(String path, String article) {
        return new ResponseCache.CacheKey(path, "", article);
    }

    private static ResponseCache.Entry entry(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new ResponseCache.Entry(bytes, "application/json", List.of(), HttpCachingFilter.tagOf(bytes));
    }

    @Test
    void aWriteRemovesTheArticleByIdAndSlugAndTheListsButNotOtherArticles() {
        ResponseCache cache = new ResponseCache(1 << 20, Duration.ofMinutes(1));
        for (ResponseCache.CacheKey key : List.of(ARTICLE_1, BY_SLUG, ARTICLE_2, LIST, API_DOCS)) {
            keep(cache, key, entry("{}"));
        }

        cache.invalidateArticle(1, "first-article");

        assertThat(cache.get(ARTICLE_1)).isNull();
        assertThat(cache.get(BY_SLUG)).isNull();
        assertThat(cache.get(LIST)).isNull();
        assertThat(cache.get(ARTICLE_2)).isNotNull();
        assertThat(cache.get(API_DOCS)).isNotNull();
    }

    @Test
    void aReadThatRacedAWriteStoresNothing() {
        ResponseCache cache = new ResponseCache(1 << 20, Duration.ofMinutes(1));
        long readStarted = cache.generation();

        cache.invalidateArticle(1, null);
        cache.put(ARTICLE_1, entry("{\"stale\": true}"), readStarted);
        cache.put(ARTICLE_1, entry("{\"stale\": true}"), readStarted);

        assertThat(cache.get(ARTICLE_1)).isNull();
    }

    @Test
    void holdsNoMoreBytesThanItsBudget() {
        long budget = 1 << 20;
        ResponseCache cache = new ResponseCache(budget, Duration.ofMinutes(1));

        for (int i = 0; i < 1000; i++) {
            keep(cache, article(i), entry(BODY_10_KB));
        }
        cache.cleanUp();

        assertThat(cache.weightedSize()).isPositive().isLessThanOrEqualTo(budget);
    }

    @Test
    void aFloodOfOneOffKeysDoesNotEvictAHotOne() {
        ResponseCache cache = new ResponseCache(4 << 20, Duration.ofMinutes(1));
        String body = "{\"text\": \"" + "x".repeat(2_000) + "\"}";
        keep(cache, ARTICLE_1, entry(body));
        for (int i = 0; i < 20; i++) {
            cache.get(ARTICLE_1);
        }

        for (int i = 0; i < 10_000; i++) {
            ResponseCache.CacheKey oneOff = new ResponseCache.CacheKey("/api/entities", "q=" + i, null);
            cache.put(oneOff, entry(body), cache.generation());
            if (i % 100 == 0) {
                cache.get(ARTICLE_1); // the hot article keeps being read
            }
        }
        cache.cleanUp();

        assertThat(cache.get(ARTICLE_1)).isNotNull();
        assertThat(cache.weightedSize()).isLessThanOrEqualTo(4 << 20);
    }

    @Test
    void keepsASearchTheSecondTimeItIsReadNotTheFirst() {
        ResponseCache cache = new ResponseCache(1 << 20, Duration.ofMinutes(1));
        ResponseCache.CacheKey search = new ResponseCache.CacheKey("/api/entities", "q=raqqa", null);

        cache.put(search, entry("{}"), cache.generation());
        assertThat(cache.get(search)).isNull();
        cache.put(search, entry("{}"), cache.generation());
        assertThat(cache.get(search)).isNotNull();
    }

    @Test
    void keepsAnArticleResourceAtItsFirstReadWhileThereIsRoom() {
        ResponseCache cache = new ResponseCache(1 << 20, Duration.ofMinutes(1));

        cache.put(ARTICLE_1, entry("{}"), cache.generation());

        assertThat(cache.get(ARTICLE_1)).isNotNull();
    }

    @Test
    void aNearlyFullCacheKeepsAnArticleResourceOnlyWhenReadAgain() {
        long budget = 1 << 20;
        ResponseCache cache = new ResponseCache(budget, Duration.ofMinutes(1));
        // about 13 KB each as counted: over nine tenths of the budget, with room left for one more, so that Caffeine's
        // own admission (which may turn away a newcomer when it must evict) has no say
        for (int i = 0; i < 73; i++) {
            cache.put(article(i), entry(BODY_10_KB), cache.generation());
        }
        cache.cleanUp();
        ResponseCache.CacheKey another = article(1000);

        cache.put(another, entry(BODY_10_KB), cache.generation());
        assertThat(cache.get(another)).isNull();
        cache.put(another, entry(BODY_10_KB), cache.generation());
        assertThat(cache.get(another)).isNotNull();
    }

    @Test
    void oneOffUrlsTakeNoMemory() {
        ResponseCache cache = new ResponseCache(4 << 20, Duration.ofMinutes(1));

        for (int i = 0; i < 10_000; i++) {
            cache.put(new ResponseCache.CacheKey("/api/entities", "q=" + i, null), entry("{}"), cache.generation());
        }
        cache.cleanUp();

        assertThat(cache.weightedSize()).isZero();
    }

    /** A response read twice, as the cache keeps it. */
    private static void keep(ResponseCache cache, ResponseCache.CacheKey key, ResponseCache.Entry entry) {
        cache.put(key, entry, cache.generation());
        cache.put(key, entry, cache.generation());
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
