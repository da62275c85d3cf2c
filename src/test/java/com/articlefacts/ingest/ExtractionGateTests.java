package com.articlefacts.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ExtractionGateTests {

    @Test
    void refusesAClientsWriteBeyondTheQueueButLetsSeedsWait() throws Exception {
        ExtractionGate gate = new ExtractionGate(1, 1, Duration.ofSeconds(7));
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<String> holder = pool.submit(() -> gate.run(() -> await(release), true));
            waitFor(() -> gate.started() == 1);
            Future<String> queued = pool.submit(() -> gate.run(() -> "queued", true));
            waitFor(() -> gate.waiting() == 1);

            assertThatThrownBy(() -> gate.run(() -> "refused", true))
                    .isInstanceOfSatisfying(ExtractionBusyException.class,
                            busy -> assertThat(busy.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
            Future<String> seed = pool.submit(() -> gate.run(() -> "seed", false));
            waitFor(() -> gate.waiting() == 2);
            release.countDown();

            assertThat(holder.get(10, TimeUnit.SECONDS)).isEqualTo("held");
            assertThat(queued.get(10, TimeUnit.SECONDS)).isEqualTo("queued");
            assertThat(seed.get(10, TimeUnit.SECONDS)).isEqualTo("seed");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void choosesSlotsFromTheHeapBeyondTheModels() {
        long mib = 1024L * 1024;
        assertThat(ExtractionGate.fromHeap(768 * mib, 8)).isEqualTo(1);
        assertThat(ExtractionGate.fromHeap(2048 * mib, 8)).isEqualTo(4);
        assertThat(ExtractionGate.fromHeap(16384 * mib, 2)).isEqualTo(2);
    }

    /** Holds a slot until the latch opens. */
    static String await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "held";
    }

    static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(5);
        }
    }
}
