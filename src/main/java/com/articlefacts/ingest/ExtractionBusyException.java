package com.articlefacts.ingest;

import java.time.Duration;

/** Every extraction slot is taken and the queue is full: the write is refused and may be tried again later. */
public class ExtractionBusyException extends RuntimeException {

    private final Duration retryAfter;

    ExtractionBusyException(int running, int waiting, Duration retryAfter) {
        super("The server is extracting " + running + " articles with " + waiting
                + " more waiting; try again in " + retryAfter.toSeconds() + " seconds.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
