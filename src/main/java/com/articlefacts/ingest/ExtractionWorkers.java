package com.articlefacts.ingest;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Threads that take jobs from the shared backlog ({@link ExtractionJobs}) and extract them, each waiting for a
 * slot of the {@link ExtractionGate} like every other extraction, so the heap stays bounded however many run. Any
 * number of instances on one database run them side by side; a worker that stops cleanly gives its jobs back, and
 * one that dies loses them only until their lease runs out.
 */
@Component
class ExtractionWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ExtractionWorkers.class);

    private final ExtractionJobs jobs;
    private final ArticleIngestor ingestor;
    private final ExtractionProperties properties;
    /** Unique per process: jobs are held in its name. */
    private final String worker = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private ScheduledExecutorService renewer;

    ExtractionWorkers(ExtractionJobs jobs, ArticleIngestor ingestor, ExtractionProperties properties) {
        this.jobs = jobs;
        this.ingestor = ingestor;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 0; i < properties.workerThreads(); i++) {
            Thread thread = new Thread(this::work, "extraction-worker-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        Duration lease = properties.jobLease();
        long every = Math.max(1, lease.toMillis() / 3);
        renewer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "extraction-lease");
            thread.setDaemon(true);
            return thread;
        });
        renewer.scheduleWithFixedDelay(() -> {
            try {
                jobs.renew(worker, lease);
            } catch (RuntimeException e) {
                log.warn("Could not renew the leases of {}: {}", worker, e.toString());
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (renewer != null) {
            renewer.shutdownNow();
        }
        threads.forEach(Thread::interrupt);
        try {
            jobs.releaseAll(worker);
        } catch (RuntimeException e) {
            log.debug("Jobs of {} left to their lease: {}", worker, e.toString());
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the seeds are loaded and before the web server stops: stopped early, started late. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }

    private void work() {
        while (running) {
            try {
                Optional<ExtractionJobs.Claimed> job = jobs.claim(worker, properties.jobLease());
                if (job.isEmpty()) {
                    jobs.awaitWork(properties.jobPoll());
                } else {
                    process(job.get());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                // the database went away for a moment: wait as an idle worker would, then try again
                log.warn("Extraction worker could not reach the job table: {}", e.toString());
                try {
                    Thread.sleep(properties.jobPoll().toMillis());
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private void process(ExtractionJobs.Claimed job) {
        try {
            IngestOutcome outcome = null;
            if (job.isImport()) {
                outcome = ingestor.ingest(String.valueOf(job.sourceName()), job.content() == null ? new byte[0]
                        : job.content());
            } else if (job.articleId() != null) {
                ingestor.reextract(job.articleId());
            }
            jobs.done(job.id(), worker, outcome);
        } catch (RuntimeException e) {
            if (!running) {
                return; // stopping: releaseAll gives it back
            }
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.debug("Job {} ({}) failed: {}", job.id(), job.sourceName(), reason, e);
            jobs.failed(job.id(), worker, reason);
        }
    }
}
