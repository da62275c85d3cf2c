package com.articlefacts.web.http;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param corsAllowedOrigins browser origins that may read the API; "*" lets any origin read
 * @param corsWriteOrigins browser origins that may also write (with the API key); none by default, since a page
 *        that holds the key is a page that can leak it
 * @param gzipMinBytes responses at least this long are gzipped for clients that accept it
 * @param responseCacheSize how much heap the read responses kept in memory may take, bodies and gzip forms counted;
 *        unset, a tenth of the maximum heap (see {@link #responseCacheBytes()})
 * @param responseCacheTtl how long a kept response may be served before it is read again; writes remove what they
 *        change at once, on every instance, so this only bounds what an unseen change could leave
 * @param warmUpReads how many reads of random articles' resources the server makes at least through its own
 *        connector before readiness goes UP, going on until the JIT is quiet, so that the first readers meet
 *        compiled code; 0 turns it off
 * @param warmUpTime the longest the warm-up may delay readiness
 */
@ConfigurationProperties("article-facts.web")
public record WebProperties(@DefaultValue("*") List<String> corsAllowedOrigins, List<String> corsWriteOrigins,
        @DefaultValue("1024") int gzipMinBytes,
        @Nullable DataSize responseCacheSize, @DefaultValue("10m") Duration responseCacheTtl,
        @DefaultValue("8000") int warmUpReads, @DefaultValue("30s") Duration warmUpTime) {

    public WebProperties {
        corsWriteOrigins = corsWriteOrigins == null ? List.of() : List.copyOf(corsWriteOrigins);
    }

    /** The share of the maximum heap the response cache takes when its size is not configured. */
    private static final int HEAP_SHARE_DIVISOR = 10;

    /**
     * The response cache's budget in bytes. By default a tenth of the maximum heap, which the JVM sizes from the
     * machine's memory (a quarter of it; the Docker image gives three quarters of the container's): reads spread over
     * more articles than the cache holds are served from the database at about half the rate (docs/performance.md).
     */
    public long responseCacheBytes() {
        return responseCacheSize != null ? responseCacheSize.toBytes()
                : Runtime.getRuntime().maxMemory() / HEAP_SHARE_DIVISOR;
    }
}
