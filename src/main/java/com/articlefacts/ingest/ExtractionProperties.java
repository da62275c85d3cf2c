package com.articlefacts.ingest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.articlefacts.extraction.Extractor;

/**
 * What extraction may cost.
 *
 * @param maxChars the longest article text one extraction takes; longer ones are refused (413)
 * @param concurrency extractions at once; 0 chooses from the heap: one per {@value ExtractionGate#BYTES_PER_EXTRACTION_MB}
 *     MiB beyond the {@value ExtractionGate#MODEL_HEAP_MB} MiB the models take, at least one, at most one per core
 * @param queue writes that may wait for an extraction slot; a write beyond them is refused (503 with Retry-After)
 * @param retryAfter what a refused write is told to wait before trying again
 * @param workers threads that take extraction jobs (imports, re-extraction) from the database; 0: one per core.
 *     Each still waits for an extraction slot, so memory stays bounded by {@code concurrency}
 * @param jobLease how long a claimed job stays its worker's without a renewal (renewed every third of it); a job
 *     whose worker died is claimed again after it
 * @param jobPoll how often an idle worker looks for jobs another instance enqueued
 */
@ConfigurationProperties("article-facts.extraction")
public record ExtractionProperties(
        @DefaultValue("" + Extractor.DEFAULT_MAX_CHARS) int maxChars,
        @DefaultValue("0") int concurrency,
        @DefaultValue("16") int queue,
        @DefaultValue("30s") Duration retryAfter,
        @DefaultValue("0") int workers,
        @DefaultValue("10m") Duration jobLease,
        @DefaultValue("1s") Duration jobPoll) {

    int workerThreads() {
        return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
    }
}
