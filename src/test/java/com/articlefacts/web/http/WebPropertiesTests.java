package com.articlefacts.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class WebPropertiesTests {

    private static WebProperties withCacheSize(DataSize size) {
        return new WebProperties(List.of("*"), List.of(), 1024, size, Duration.ofMinutes(10), 8000,
                Duration.ofSeconds(30));
    }

    @Test
    void theResponseCacheTakesATenthOfTheMaximumHeapUnlessConfigured() {
        assertThat(withCacheSize(null).responseCacheBytes()).isEqualTo(Runtime.getRuntime().maxMemory() / 10);
        assertThat(withCacheSize(DataSize.ofMegabytes(64)).responseCacheBytes()).isEqualTo(64L << 20);
    }
}
