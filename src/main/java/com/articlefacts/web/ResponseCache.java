package com.articlefacts.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;

import com.articlefacts.ingest.ArticlesChanged;

/**
 * Read responses kept as the bytes that were sent, with their strong ETag and gzip form, so a repeated GET costs
 * a map lookup instead of queries and serialisation. Every local write empties it (a generation number keeps a read
 * that raced the write from storing stale bytes); entries also expire after a time to live, which bounds how long
 * writes made by another process on a shared database can go unseen.
 */
class ResponseCache {

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final int maxEntries;
    private final long ttlNanos;

    ResponseCache(int maxEntries, Duration ttl) {
        this.maxEntries = maxEntries;
        this.ttlNanos = ttl.toNanos();
    }

    /** A response header, with the bytes a server writes for it computed once. */
    record Header(String name, String value, byte[] nameBytes, byte[] valueBytes) {

        static Header of(String name, String value) {
            return new Header(name, value, latin1(name), latin1(value));
        }
    }

    /**
     * A response as sent: body, the headers every answer from it repeats (security and caching headers included,
     * so a hit looks like the miss that made it), and the forms computed from it once.
     */
    static final class Entry {
        final byte[] body;
        final Header contentType;
        final List<Header> headers;
        final String tag;
        final byte[] quotedTag;
        final byte[] quotedGzipTag;
        final long createdNanos;
        private volatile byte @Nullable [] gzip;

        Entry(byte[] body, String contentType, List<Header> headers, String tag) {
            this.body = body;
            this.contentType = Header.of("Content-Type", contentType);
            this.headers = List.copyOf(headers);
            this.tag = tag;
            this.quotedTag = latin1(CachedReads.quoted(tag));
            this.quotedGzipTag = latin1(CachedReads.quoted(tag + CachedReads.GZIP_TAG_SUFFIX));
            this.createdNanos = System.nanoTime();
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

    long generation() {
        return generation.get();
    }

    @Nullable Entry get(String key) {
        Entry entry = entries.get(key);
        if (entry != null && System.nanoTime() - entry.createdNanos > ttlNanos) {
            entries.remove(key, entry);
            return null;
        }
        return entry;
    }

    /** Keeps the response unless a write happened since the read that made it began. */
    void put(String key, Entry entry, long readGeneration) {
        if (readGeneration != generation.get()) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, entry);
        if (readGeneration != generation.get()) {
            entries.remove(key, entry);
        }
    }

    @EventListener
    void onArticlesChanged(ArticlesChanged change) {
        generation.incrementAndGet();
        entries.clear();
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

    /** HTTP/1.1 header fields are ISO-8859-1 on the wire. */
    static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
