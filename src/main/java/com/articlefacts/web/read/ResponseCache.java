package com.articlefacts.web.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Scheduler;

/**
 * Read responses kept as the bytes that were sent, with their strong ETag and gzip form, so a repeated GET costs
 * a map lookup instead of a query. One Caffeine cache bounded in bytes: its weigher counts what an entry holds and
 * its frequency sketch keeps a one-off URL from evicting a hot one. A write removes exactly the keys it can change:
 * the written article's resources (by id and by slug) and the cross-article lists and searches; a generation
 * number keeps a read that raced a write from storing stale bytes. Entries also expire after a time to live, and
 * a scheduler drops them then, not only when they are read again.
 * <p>
 * Once the cache is nearly full, a response is kept only when its URL was asked for recently before (TinyLFU's
 * doorkeeper): reads spread over more articles than memory holds would otherwise put every miss in the cache, where
 * it outlives a young collection or two and is copied into the old generation to die there, and the collector's
 * pauses, not the reads, set the p99 (docs/performance.md). Lists and searches pass the doorkeeper always.
 */
class ResponseCache {

    /** What one entry costs beyond its bodies: the key, the headers, the objects. */
    private static final int ENTRY_OVERHEAD_BYTES = 600;

    /** URLs the doorkeeper remembers, a power of two: a URL asked for again within about this many misses is kept. */
    static final int DOORKEEPER_SLOTS = 8192;

    private final Cache<CacheKey, Entry> entries;
    private final long maxBytes;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicIntegerArray doorkeeper = new AtomicIntegerArray(DOORKEEPER_SLOTS);

    ResponseCache(long maxBytes, Duration ttl) {
        this.maxBytes = maxBytes;
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((CacheKey key, Entry entry) -> weight(key, entry))
                .expireAfterWrite(ttl)
                .scheduler(Scheduler.systemScheduler())
                .build();
    }

    /**
     * A normalised request: the path, the query in canonical order, and which article's resource it is (the id or
     * slug in the path), or null for lists and searches across articles.
     */
    record CacheKey(String path, String query, @Nullable String article) {
    }

    /** A response header as it was sent. */
    record Header(String name, String value) {
    }

    /**
     * A response as sent: body, the headers every answer from it repeats (security and caching headers included,
     * so a hit looks like the miss that made it), and the forms computed from it once.
     */
    /** RFC 9110's IMF-fixdate; java.time's RFC 1123 format would write the day of the month in one digit. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.US).withZone(ZoneOffset.UTC);

    private static final Set<String> NOT_MODIFIED_HEADERS = Set.of("cache-control", "content-location", "expires",
            "vary");

    static final class Entry {
        final byte[] body;
        final String contentType;
        final List<Header> headers;
        /** What a 304 repeats of the 200 (RFC 9110, 15.4.5): the headers that update a cache's stored response. */
        final List<Header> notModifiedHeaders;
        final String tag;
        /** When an article resource last changed, to the second as HTTP dates are; null for other reads. */
        final @Nullable Instant lastModified;
        private volatile byte @Nullable [] gzip;

        Entry(byte[] body, String contentType, List<Header> headers, String tag) {
            this(body, contentType, headers, tag, null);
        }

        /** An entry whose headers end with its Last-Modified, when it has one. */
        Entry(byte[] body, String contentType, List<Header> headers, String tag, @Nullable Instant lastModified) {
            this.body = body;
            this.contentType = contentType;
            this.lastModified = lastModified == null ? null : lastModified.truncatedTo(ChronoUnit.SECONDS);
            List<Header> all = new java.util.ArrayList<>(headers);
            if (this.lastModified != null) {
                all.add(new Header(HttpHeaders.LAST_MODIFIED,
                        HTTP_DATE.format(this.lastModified)));
            }
            this.headers = List.copyOf(all);
            this.notModifiedHeaders = this.headers.stream()
                    .filter(header -> NOT_MODIFIED_HEADERS.contains(header.name().toLowerCase(Locale.ROOT)))
                    .toList();
            this.tag = tag;
        }

        byte[] gzip() {
            byte[] zipped = gzip;
            if (zipped == null) {
                zipped = compress(body);
                gzip = zipped;
            }
            return zipped;
        }
    }

    /** The body, and its gzip form (JSON compresses to about a fifth; counted up front, as the weight is fixed). */
    private static int weight(CacheKey key, Entry entry) {
        long bytes = ENTRY_OVERHEAD_BYTES + 2L * (key.path().length() + key.query().length())
                + entry.body.length + entry.body.length / 4;
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    long generation() {
        return generation.get();
    }

    @Nullable Entry get(CacheKey key) {
        return entries.getIfPresent(key);
    }

    /**
     * Keeps the response unless a write happened since the read that made it began, or its URL is not one asked for
     * recently before this. An article's resource is kept at its first read while the cache has room: there are only
     * as many as the stored articles have, nothing is evicted for it, and random reads over many articles are answered
     * from memory after one pass instead of after each URL has been asked for twice within the doorkeeper's memory
     * (over 10,000 articles that took a minute of reads). Lists and searches, whose query strings any client can vary
     * without end, always pass the doorkeeper.
     */
    void put(CacheKey key, Entry entry, long readGeneration) {
        if (readGeneration != generation.get() || firstSight(key) && (key.article() == null || nearlyFull())) {
            return;
        }
        entries.put(key, entry);
        if (readGeneration != generation.get()) {
            entries.asMap().remove(key, entry);
        }
    }

    /**
     * Removes what a write to this article can have changed: its own resources, and everything that lists or
     * counts across articles. Other articles' resources stay.
     */
    void invalidateArticle(long articleId, @Nullable String slug) {
        generation.incrementAndGet();
        String id = String.valueOf(articleId);
        entries.asMap().keySet().removeIf(key -> key.article() == null
                ? key.path().startsWith("/api/")
                : key.article().equals(id) || key.article().equals(slug));
    }

    /**
     * Whether the doorkeeper had not seen this URL recently, remembering it now. One slot per hash, overwritten by
     * the next URL that falls there: a small, fixed table that ages on its own and allocates nothing.
     */
    private boolean firstSight(CacheKey key) {
        int hash = key.hashCode() * 0x9E3779B9;
        int slot = (hash >>> 16 ^ hash) & (DOORKEEPER_SLOTS - 1);
        return doorkeeper.getAndSet(slot, hash) != hash;
    }

    /** Whether less than a tenth of the budget is left: from then on, kept entries evict others. */
    private boolean nearlyFull() {
        return weightedSize() > maxBytes - maxBytes / 10;
    }

    /** Forgets everything: for when writes may have gone unseen. */
    void invalidateAll() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }

    /** Runs pending evictions now rather than on the cache's next maintenance. */
    void cleanUp() {
        entries.cleanUp();
    }

    long weightedSize() {
        return entries.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0)).orElse(0L);
    }

    static byte[] compress(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
