package com.articlefacts.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.articlefacts.article.FieldLimit;
import com.articlefacts.extraction.Extractor;

/**
 * The extraction backlog in the database, shared by every instance on it: work is enqueued once per extractor
 * version (a second enqueue of the same work finds its row), claimed with {@code FOR UPDATE SKIP LOCKED} so no two
 * workers take one job, and held under a lease that a live worker renews; a job whose lease ran out is claimed
 * again, at most {@value #MAX_ATTEMPTS} times.
 */
@Component
public class ExtractionJobs {

    static final int MAX_ATTEMPTS = 3;

    /** What enqueueing an import did. */
    public enum Enqueued {
        /** A new job. */
        QUEUED,
        /** The same content was enqueued before and is not done yet (or failed, and is tried again): it is tracked. */
        REQUEUED,
        /** The same content was imported before with this extractor. */
        ALREADY_DONE
    }

    /** The jobs of one import run (or of all runs), by status, and the words of those done. */
    public record Progress(long pending, long running, long done, long failed, long wordsDone) {

        public long total() {
            return pending + running + done + failed;
        }

        public boolean finished() {
            return pending + running == 0;
        }
    }

    /** A failed job: where its content came from and why it failed. */
    public record Failure(long id, @Nullable String sourceName, String reason) {
    }

    record Claimed(long id, String kind, @Nullable String sourceName, byte @Nullable [] content,
            @Nullable Long articleId) {

        boolean isImport() {
            return IMPORT.equals(kind);
        }
    }

    private static final String PENDING = "pending";
    private static final String RUNNING = "running";
    private static final String DONE = "done";
    private static final String FAILED = "failed";
    private static final String IMPORT = "import";
    private static final String REEXTRACT = "reextract";
    private static final int MAX_ERROR_CHARS = 2000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String version;
    private final Object signal = new Object();

    ExtractionJobs(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, Extractor extractor) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.version = extractor.version();
    }

    /** Enqueues an article's bytes for import under the batch, unless this extractor imported them before. */
    public Enqueued enqueueImport(String batch, String sourceName, byte[] content) {
        FieldLimit.checkSourceName(sourceName);
        String key = IMPORT + ":" + ArticleIngestor.sha256Hex(content) + ":" + version;
        try {
            jdbc.sql("""
                    insert into extraction_job (dedup_key, kind, batch, source_name, content, word_count,
                        extractor_version, status, created_at)
                    values (:key, :kind, :batch, :source, :content, :words, :version, :status, :now)""")
                    .param("key", key).param("kind", IMPORT).param("batch", batch).param("source", sourceName)
                    .param("content", content).param("words", words(content)).param("version", version)
                    .param("status", PENDING).param("now", now()).update();
            wake();
            return Enqueued.QUEUED;
        } catch (DuplicateKeyException known) {
            int tracked = jdbc.sql("""
                    update extraction_job set batch = :batch, error = null,
                        status = case when status = :failed then :pending else status end,
                        attempts = case when status = :failed then 0 else attempts end
                    where dedup_key = :key and status <> :done""")
                    .param("batch", batch).param("failed", FAILED).param("pending", PENDING).param("key", key)
                    .param("done", DONE).update();
            wake();
            return tracked > 0 ? Enqueued.REQUEUED : Enqueued.ALREADY_DONE;
        }
    }

    /** Enqueues a stored article for extraction with this extractor, once however many instances ask. */
    public void enqueueReextraction(long articleId) {
        try {
            jdbc.sql("""
                    insert into extraction_job (dedup_key, kind, article_id, extractor_version, status, created_at)
                    values (:key, :kind, :article, :version, :status, :now)""")
                    .param("key", REEXTRACT + ":" + articleId + ":" + version).param("kind", REEXTRACT)
                    .param("article", articleId).param("version", version).param("status", PENDING)
                    .param("now", now()).update();
            wake();
        } catch (DuplicateKeyException known) {
            // another instance, or an earlier start, enqueued it
        }
    }

    /** Claims the oldest job nobody holds, for the worker and the lease; empty when there is none. */
    Optional<Claimed> claim(String worker, Duration lease) {
        return Optional.ofNullable(transactions.execute(status -> {
            OffsetDateTime now = now();
            jdbc.sql("""
                    update extraction_job set status = :failed, content = null, finished_at = :now,
                        error = 'its worker stopped during extraction ' || attempts || ' times'
                    where status = :running and lease_until < :now and attempts >= :max""")
                    .param("failed", FAILED).param("now", now).param("running", RUNNING)
                    .param("max", MAX_ATTEMPTS).update();
            Optional<Long> id = jdbc.sql("""
                    select id from extraction_job
                    where status = :pending or (status = :running and lease_until < :now)
                    order by id fetch first 1 rows only for update skip locked""")
                    .param("pending", PENDING).param("running", RUNNING).param("now", now)
                    .query(Long.class).optional();
            if (id.isEmpty()) {
                return null;
            }
            jdbc.sql("""
                    update extraction_job set status = :running, worker = :worker, lease_until = :until,
                        attempts = attempts + 1
                    where id = :id""")
                    .param("running", RUNNING).param("worker", worker).param("until", now.plus(lease))
                    .param("id", id.get()).update();
            return jdbc.sql("select id, kind, source_name, content, article_id from extraction_job where id = :id")
                    .param("id", id.get())
                    .query((rs, row) -> new Claimed(rs.getLong("id"), rs.getString("kind"),
                            rs.getString("source_name"), rs.getBytes("content"),
                            (Long) rs.getObject("article_id", Long.class)))
                    .single();
        }));
    }

    /** The job is done; its content is dropped (the article holds it now). False if the worker no longer held it. */
    boolean done(long id, String worker, @Nullable IngestOutcome outcome) {
        return jdbc.sql("""
                update extraction_job set status = :done, content = null, finished_at = :now, outcome = :outcome,
                    article_id = coalesce(:article, article_id), lease_until = null
                where id = :id and worker = :worker and status = :running""")
                .param("done", DONE).param("now", now())
                .param("outcome", outcome == null ? null : outcome.status().name())
                .param("article", outcome == null ? null : outcome.articleId())
                .param("id", id).param("worker", worker).param("running", RUNNING).update() > 0;
    }

    void failed(long id, String worker, String reason) {
        jdbc.sql("""
                update extraction_job set status = :failed, content = null, finished_at = :now, error = :error,
                    lease_until = null
                where id = :id and worker = :worker and status = :running""")
                .param("failed", FAILED).param("now", now())
                .param("error", reason.length() > MAX_ERROR_CHARS ? reason.substring(0, MAX_ERROR_CHARS) : reason)
                .param("id", id).param("worker", worker).param("running", RUNNING).update();
    }

    /** Gives the worker's running jobs back to the backlog at once (a worker that stops cleanly). */
    void releaseAll(String worker) {
        jdbc.sql("""
                update extraction_job set status = :pending, worker = null, lease_until = null,
                    attempts = attempts - 1
                where worker = :worker and status = :running""")
                .param("pending", PENDING).param("worker", worker).param("running", RUNNING).update();
        wake();
    }

    /** Extends the leases of the worker's running jobs. */
    void renew(String worker, Duration lease) {
        jdbc.sql("update extraction_job set lease_until = :until where worker = :worker and status = :running")
                .param("until", now().plus(lease)).param("worker", worker).param("running", RUNNING).update();
    }

    /** Every job's status, all runs and kinds together. */
    public Progress progress() {
        return progress(null);
    }

    /** The jobs of one import run. */
    public Progress progress(@Nullable String batch) {
        Map<String, long[]> byStatus = new LinkedHashMap<>();
        jdbc.sql("select status, count(*), coalesce(sum(word_count), 0) from extraction_job"
                        + (batch == null ? "" : " where batch = :batch") + " group by status")
                .params(batch == null ? Map.of() : Map.of("batch", batch))
                .query(rs -> {
                    byStatus.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        return new Progress(count(byStatus, PENDING), count(byStatus, RUNNING), count(byStatus, DONE),
                count(byStatus, FAILED), byStatus.getOrDefault(DONE, new long[2])[1]);
    }

    /** Failures of the run after the given job id, oldest first. */
    public List<Failure> failures(String batch, long afterId) {
        return jdbc.sql("""
                select id, source_name, error from extraction_job
                where batch = :batch and status = :failed and id > :after order by id""")
                .param("batch", batch).param("failed", FAILED).param("after", afterId)
                .query((rs, row) -> new Failure(rs.getLong(1), rs.getString(2), String.valueOf(rs.getString(3))))
                .list();
    }

    /** Counts of the run's done jobs by what they did to the store (CREATED, UPDATED, UNCHANGED). */
    public Map<String, Long> outcomes(String batch) {
        Map<String, Long> outcomes = new LinkedHashMap<>();
        jdbc.sql("select outcome, count(*) from extraction_job where batch = :batch and status = :done group by outcome")
                .param("batch", batch).param("done", DONE)
                .query(rs -> {
                    outcomes.put(String.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return outcomes;
    }

    /** Wakes idle workers of this process (others find the job at their next poll). */
    void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    void awaitWork(Duration poll) throws InterruptedException {
        synchronized (signal) {
            signal.wait(Math.max(1, poll.toMillis()));
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static long count(Map<String, long[]> byStatus, String status) {
        return byStatus.getOrDefault(status, new long[2])[0];
    }

    private static int words(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }
}
