package com.articlefacts.web.http;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param apiKey the key writes must carry in {@code X-API-Key} (environment: ARTICLE_FACTS_API_KEY); none: no writes
 * @param maxArticleSize the largest article body a write accepts
 * @param writesPerMinute how many writes one API key may make in a minute, all at once or spread out
 * @param bodyReadTimeout how long a write's body may take to arrive in all
 */
@ConfigurationProperties("article-facts")
record WriteAccessProperties(@Nullable String apiKey, @DefaultValue("2MB") DataSize maxArticleSize,
        @DefaultValue("120") int writesPerMinute, @DefaultValue("30s") Duration bodyReadTimeout) {

    boolean writesEnabled() {
        return apiKey != null && !apiKey.isBlank();
    }
}
