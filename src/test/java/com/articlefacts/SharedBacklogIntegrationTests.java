package com.articlefacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.articlefacts.extraction.Extractor;
import com.articlefacts.ingest.ExtractionJobs;

/**
 * Two instances on one PostgreSQL share an import: one in this JVM, one in a process of its own that is killed hard
 * half-way. Every article must be extracted and stored exactly once, the survivor finishing the dead one's jobs
 * once their lease runs out.
 */
class SharedBacklogIntegrationTests {

    private static final int ARTICLES = 120;
    private static final String LEASE = "3s";

    @Test
    void twoInstancesShareTheBacklogAndTheSurvivorFinishesAKilledOnesJobs(@TempDir Path dir) throws Exception {
        String url = System.getenv(PostgresTestDatabase.URL);
        assumeTrue(url != null && !url.isBlank(), "needs PostgreSQL: set " + PostgresTestDatabase.URL);
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        List<String> database = List.of(
                "--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "--spring.datasource.username=" + env("ARTICLE_FACTS_TEST_POSTGRES_USER", "articlefacts"),
                "--spring.datasource.password=" + env("ARTICLE_FACTS_TEST_POSTGRES_PASSWORD", "articlefacts"),
                "--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema,
                "--spring.jpa.properties.hibernate.default_schema=" + schema,
                "--article-facts.extraction.job-lease=" + LEASE, "--article-facts.extraction.job-poll=200ms",
                "--article-facts.extraction.workers=1");
        Files.createDirectories(dir.resolve("seeds"));
        try (ConfigurableApplicationContext survivor = new SpringApplicationBuilder(ArticleFactsApplication.class)
                .run(concat(database, "--server.port=0", "--article-facts.ingest.seed-dir=" + dir.resolve("seeds"),
                        "--logging.level.root=WARN"))) {
            ExtractionJobs jobs = survivor.getBean(ExtractionJobs.class);
            JdbcClient jdbc = survivor.getBean(JdbcClient.class);
            ChildProcessApp doomed = ChildProcessApp.start(dir, database);
            String child = doomed.pid() + "@%";
            try {
                // its models loaded before the work arrives, so that both instances take jobs from the start
                assertThat(doomed.post("Warm-up\n\nThe army shelled Homs on Monday.\n").statusCode()).isEqualTo(201);
                for (int i = 1; i <= ARTICLES; i++) {
                    jobs.enqueueImport("test", "report-" + i + ".txt", article(i));
                }
                await(() -> count(jdbc, "status = 'done' and worker like :child", child) > 0, "the child finished a job");
                await(() -> count(jdbc, "status = 'running' and worker like :child", child) > 0, "the child holds a job");
            } finally {
                doomed.kill();
            }
            // what it held when it died: nobody may take these before their lease runs out
            List<Long> orphans = jdbc.sql("select id from extraction_job where status = 'running' and worker like :child")
                    .param("child", child).query(Long.class).list();
            ExtractionJobs.Progress progress = awaitDone(jobs, ARTICLES, Duration.ofMinutes(5));

            String version = survivor.getBean(Extractor.class).version();
            long stored = jdbc.sql("select count(*) from article where extractor_version = :v and source_name like"
                    + " 'report-%'").param("v", version).query(Long.class).single();
            List<Map<String, Object>> retaken = jdbc.sql("select status, attempts, worker from extraction_job"
                    + " where id in (:ids)").param("ids", orphans).query().listOfRows();
            assertThat(progress.done()).isEqualTo(ARTICLES);
            assertThat(progress.failed()).isZero();
            assertThat(stored).as("each article stored once, by this extractor").isEqualTo(ARTICLES);
            assertThat(count(jdbc, "status = 'done' and worker like :child", child)).as("the child's share").isPositive();
            assertThat(orphans).as("jobs the child held when it died").isNotEmpty();
            assertThat(retaken).allSatisfy(job -> {
                assertThat(job.get("status")).isEqualTo("done");
                assertThat(((Number) job.get("attempts")).intValue()).as("taken again after the lease").isEqualTo(2);
                assertThat((String) job.get("worker")).doesNotStartWith(doomed.pid() + "@");
            });
        }
    }

    private static long count(JdbcClient jdbc, String where, String child) {
        return jdbc.sql("select count(*) from extraction_job where " + where).param("child", child)
                .query(Long.class).single();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 3 minutes: " + what);
            }
            Thread.sleep(20);
        }
    }

    private static ExtractionJobs.Progress awaitDone(ExtractionJobs jobs, long done, Duration limit)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        ExtractionJobs.Progress progress = jobs.progress("test");
        while (progress.done() + progress.failed() < done && System.nanoTime() < deadline) {
            Thread.sleep(100);
            progress = jobs.progress("test");
        }
        return progress;
    }

    /** A short, distinct conflict report. */
    private static byte[] article(int i) {
        String town = List.of("Homs", "Hama", "Aleppo", "Idlib", "Daraa", "Raqqa").get(i % 6);
        return ("Report " + i + " from " + town + "\n\nThe army shelled " + town + " on Monday, killing " + i
                + " people, a monitor said.\nRebels said they repelled an attack on the town's northern edge.\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String[] concat(List<String> list, String... more) {
        return java.util.stream.Stream.concat(list.stream(), java.util.Arrays.stream(more)).toArray(String[]::new);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
