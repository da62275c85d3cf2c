package com.articlefacts.ingest;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * How far the startup load of the seed directory has come. Until it is done the API cannot answer truthfully (a
 * list would look empty, a stored article missing), so the web layer asks here first.
 */
@Component
public class SeedProgress {

    private final AtomicInteger done = new AtomicInteger();
    private volatile int total = -1;
    private volatile boolean finished;

    /** True once every seed file has been stored or skipped. */
    public boolean finished() {
        return finished;
    }

    /** Seed files handled so far. */
    public int done() {
        return done.get();
    }

    /** Seed files found, or -1 while the directory is still being listed. */
    public int total() {
        return total;
    }

    void started(int files) {
        total = files;
    }

    void fileHandled() {
        done.incrementAndGet();
    }

    void finish() {
        finished = true;
    }
}
