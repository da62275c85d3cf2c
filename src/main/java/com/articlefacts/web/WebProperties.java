package com.articlefacts.web;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param corsAllowedOrigins browser origins that may read the API; "*" lets any origin read
 * @param gzipMinBytes responses at least this long are gzipped for clients that accept it
 * @param responseCacheEntries how many read responses are kept as bytes
 * @param responseCacheTtl how long a kept response may be served without asking the database again
 */
@ConfigurationProperties("article-facts.web")
record WebProperties(@DefaultValue("*") List<String> corsAllowedOrigins, @DefaultValue("1024") int gzipMinBytes,
        @DefaultValue("10000") int responseCacheEntries, @DefaultValue("10s") Duration responseCacheTtl) {
}
