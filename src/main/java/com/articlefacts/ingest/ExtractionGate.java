package com.articlefacts.ingest;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At most as many extractions at once as the heap holds, with a bounded queue of writes waiting for a slot. Writes
 * from clients are refused beyond the queue; seeds and background re-extraction wait their turn.
 */
final class ExtractionGate {

    /** Heap the CoreNLP models and the knowledge base take, measured with the dependency parser loaded. */
    static final long MODEL_HEAP_MB = 700;
    /** Heap one extraction of the longest text allowed may take besides, annotated in parts. */
    static final long BYTES_PER_EXTRACTION_MB = 300;

    private static final Logger log = LoggerFactory.getLogger(ExtractionGate.class);

    private final Semaphore slots;
    private final int permits;
    private final int queue;
    private final java.time.Duration retryAfter;
    private final AtomicInteger waiting = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong started = new java.util.concurrent.atomic.AtomicLong();

    ExtractionGate(ExtractionProperties properties) {
        this(properties.concurrency() > 0 ? properties.concurrency() : fromHeap(Runtime.getRuntime().maxMemory(),
                Runtime.getRuntime().availableProcessors()), properties.queue(), properties.retryAfter());
    }

    ExtractionGate(int permits, int queue, java.time.Duration retryAfter) {
        this.permits = permits;
        this.slots = new Semaphore(permits, true);
        this.queue = queue;
        this.retryAfter = retryAfter;
        log.info("Extraction: {} at once, {} writes may wait", permits, queue);
    }

    static int fromHeap(long maxHeapBytes, int cores) {
        long spareMb = maxHeapBytes / (1024 * 1024) - MODEL_HEAP_MB;
        return (int) Math.max(1, Math.min(cores, spareMb / BYTES_PER_EXTRACTION_MB));
    }

    /** Writes waiting for a slot now. */
    int waiting() {
        return waiting.get();
    }

    /** Works started since the process began. */
    long started() {
        return started.get();
    }

    /**
     * Runs the work in a slot.
     *
     * @param refuseWhenFull true for a client's write, which is refused rather than queued beyond the queue
     * @throws ExtractionBusyException when refused
     */
    <T> T run(Supplier<T> work, boolean refuseWhenFull) {
        if (!slots.tryAcquire()) {
            if (refuseWhenFull && waiting.get() >= queue) {
                throw new ExtractionBusyException(permits, waiting.get(), retryAfter);
            }
            waiting.incrementAndGet();
            try {
                slots.acquireUninterruptibly();
            } finally {
                waiting.decrementAndGet();
            }
        }
        started.incrementAndGet();
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
