package com.articlefacts.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.articlefacts.article.ArticleFormatException;
import com.articlefacts.article.ArticleLayoutParser;
import com.articlefacts.extraction.CoreNlp;

/**
 * Imports an archive: article files in the seed layout (a directory walked like the seed directory, or single
 * files) and JSON lines ({@code .jsonl}: title, standfirst, publishedOn, body, source per line; or title and text,
 * as the evaluation corpora have them). Each article becomes
 * a job of the shared backlog, so the workers of this process, and of every instance on the same PostgreSQL,
 * extract them side by side; the same content is imported once per extractor version, so an interrupted import run
 * again resumes where it stopped. Progress shows as a bar on a terminal and as plain lines elsewhere; each failure
 * is reported with its source name and reason and stops nothing; the last line is one JSON object of counts.
 */
@Component
public class ArticleImport {

    private static final Duration TERMINAL_UPDATE = Duration.ofSeconds(1);
    private static final Duration LOG_UPDATE = Duration.ofSeconds(10);

    private final ExtractionJobs jobs;
    private final JsonMapper json = JsonMapper.builder().build();

    ArticleImport(ExtractionJobs jobs) {
        this.jobs = jobs;
    }

    /** Imports the paths and waits until every article is extracted or failed; 0 when none failed, else 1. */
    public int run(List<Path> paths, PrintStream out, boolean terminal) throws InterruptedException {
        String batch = UUID.randomUUID().toString();
        // The models first, so that the rates and the ETA are of extraction, not of loading.
        long loading = System.nanoTime();
        CoreNlp.pipeline();
        out.printf(Locale.ROOT, "Language models loaded in %.1f s%n", (System.nanoTime() - loading) / 1e9);
        long started = System.nanoTime();
        Counts counts = new Counts();
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("Import").setUnit(" articles", 1)
                .setInitialMax(-1).showSpeed().continuousUpdate()
                .setUpdateIntervalMillis((int) (terminal ? TERMINAL_UPDATE : LOG_UPDATE).toMillis());
        if (terminal) {
            builder.setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK);
        } else {
            // a log or a pipe: plain text, one line per update
            builder.setStyle(ProgressBarStyle.ASCII).setConsumer(new DelegatingProgressBarConsumer(out::println, 100));
        }
        long lastFailure = 0;
        ExtractionJobs.Progress progress;
        try (ProgressBar bar = builder.build()) {
            Output output = new Output(bar, out, terminal);
            for (Path path : paths) {
                enqueue(path, batch, counts, output);
            }
            do {
                progress = jobs.progress(batch);
                for (ExtractionJobs.Failure failure : jobs.failures(batch, lastFailure)) {
                    output.failed(failure.sourceName(), failure.reason());
                    lastFailure = failure.id();
                }
                bar.maxHint(progress.total() + counts.alreadyDone + counts.invalid);
                bar.stepTo(progress.done() + progress.failed() + counts.alreadyDone + counts.invalid);
                double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
                bar.setExtraMessage(String.format(Locale.ROOT, " %,.0f words/s", progress.wordsDone() / seconds));
                if (!progress.finished()) {
                    Thread.sleep(250);
                }
            } while (!progress.finished());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Long> outcomes = jobs.outcomes(batch);
        long failed = progress.failed() + counts.invalid;
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("sources", counts.sources);
        summary.put("articles", progress.total() + counts.alreadyDone + counts.invalid);
        summary.put("created", outcomes.getOrDefault("CREATED", 0L));
        summary.put("updated", outcomes.getOrDefault("UPDATED", 0L));
        summary.put("unchanged", outcomes.getOrDefault("UNCHANGED", 0L) + counts.alreadyDone);
        summary.put("failed", failed);
        summary.put("seconds", Math.round(seconds * 10) / 10.0);
        summary.put("articlesPerSecond", Math.round(progress.done() / seconds * 100) / 100.0);
        summary.put("wordsPerSecond", Math.round(progress.wordsDone() / seconds));
        out.println(json.writeValueAsString(summary));
        return failed == 0 ? 0 : 1;
    }

    private void enqueue(Path path, String batch, Counts counts, Output output) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                files.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().startsWith("."))
                        .sorted()
                        .forEach(file -> enqueueFile(file, path.relativize(file).toString().replace('\\', '/'),
                                batch, counts, output));
            } catch (IOException | UncheckedIOException e) {
                output.failed(path.toString(), "cannot list it: " + e.getMessage());
                counts.invalid++;
            }
        } else {
            enqueueFile(path, path.getFileName().toString(), batch, counts, output);
        }
    }

    private void enqueueFile(Path file, String name, String batch, Counts counts, Output output) {
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            enqueueLines(file, name, batch, counts, output);
            return;
        }
        counts.sources++;
        try {
            counts.add(jobs.enqueueImport(batch, name, Files.readAllBytes(file)));
        } catch (IOException e) {
            output.failed(name, "cannot read it: " + e.getMessage());
            counts.invalid++;
        } catch (RuntimeException e) {
            output.failed(name, e.getMessage());
            counts.invalid++;
        }
    }

    private void enqueueLines(Path file, String name, String batch, Counts counts, Output output) {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                counts.sources++;
                String source = name + "#" + number;
                try {
                    JsonNode article = json.readTree(line);
                    source = sourceName(article, source);
                    counts.add(jobs.enqueueImport(batch, source, layout(article).getBytes(StandardCharsets.UTF_8)));
                } catch (JacksonException e) {
                    output.failed(source, "not a JSON object: " + e.getOriginalMessage());
                    counts.invalid++;
                } catch (ArticleFormatException | IllegalArgumentException e) {
                    output.failed(source, e.getMessage());
                    counts.invalid++;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            output.failed(name, "cannot read it: " + e.getMessage());
            counts.invalid++;
        }
    }

    /**
     * The name the article is stored under, which a later import with other bytes replaces: its URL, else its
     * source with its id (corpora name one source for every document), else the file and line.
     */
    private static String sourceName(JsonNode article, String fileAndLine) {
        String url = text(article, "url");
        if (url != null && !url.isBlank()) {
            return url;
        }
        String source = text(article, "source");
        String id = text(article, "id");
        if (source != null && !source.isBlank()) {
            return id == null || id.isBlank() ? source : source + "#" + id;
        }
        return fileAndLine;
    }

    /** The article in the seed layout; a {@code text} that starts with its title serves as the body (corpora). */
    private static String layout(JsonNode article) {
        String title = text(article, "title");
        String body = text(article, "body");
        String text = text(article, "text");
        if ((body == null || body.isBlank()) && text != null && title != null) {
            body = text.strip().startsWith(title.strip()) ? text.strip().substring(title.strip().length()) : text;
        }
        if (title == null || title.isBlank() || body == null || body.isBlank()) {
            throw new IllegalArgumentException("an article needs a title and a body");
        }
        String published = text(article, "publishedOn");
        LocalDate publishedOn = null;
        if (published != null && !published.isBlank()) {
            try {
                publishedOn = LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("publishedOn is not an ISO date (2016-08-21): " + published);
            }
        }
        return ArticleLayoutParser.layout(title, text(article, "standfirst"), publishedOn, body);
    }

    private static @Nullable String text(JsonNode article, String field) {
        JsonNode value = article.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** Where progress and failures go: the bar, and the stream failures are reported on. */
    private record Output(ProgressBar bar, PrintStream out, boolean terminal) {

        void failed(@Nullable String source, @Nullable String reason) {
            // on a terminal the line starts over the bar, which redraws itself below it
            out.println((terminal ? "\r" : "") + "FAILED " + source + ": " + reason);
            bar.refresh();
        }
    }

    /** What enqueueing found before any extraction. */
    private static final class Counts {
        long sources;
        long alreadyDone;
        long invalid;

        void add(ExtractionJobs.Enqueued enqueued) {
            if (enqueued == ExtractionJobs.Enqueued.ALREADY_DONE) {
                alreadyDone++;
            }
        }
    }
}
