package com.articlefacts.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

class HeapHealthIndicatorTests {

    @Test
    void isUpWhileTheHeapHasRoomAfterACollection() {
        System.gc();

        assertThat(new HeapHealthIndicator().health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void isDownWhenWhatACollectionLeavesPassesTheThreshold() {
        System.gc();

        assertThat(new HeapHealthIndicator(0.0).health().getStatus()).isEqualTo(Status.DOWN);
    }
}
