package com.articlefacts.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import com.articlefacts.article.ArticleFormatException;
import com.articlefacts.extraction.TextTooLongException;

/**
 * Ingests every file below the seed directory at startup. It runs before the application reports itself ready, so
 * readiness means the seeds are in. A file that is not an article, is too long to extract, or fails in extraction or
 * storage is logged with its name and skipped; the others still load.
 */
@Component
class SeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final ArticleIngestor ingestor;
    private final IngestProperties properties;
    private final SeedProgress progress;

    SeedLoader(ArticleIngestor ingestor, IngestProperties properties, SeedProgress progress) {
        this.ingestor = ingestor;
        this.properties = properties;
        this.progress = progress;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.loadSeeds()) {
            progress.finish();
            return;
        }
        try {
            loadSeeds();
        } finally {
            progress.finish();
        }
    }

    private void loadSeeds() {
        Path dir = properties.seedDir().toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            log.warn("Seed directory {} does not exist; no seed articles loaded", dir);
            return;
        }
        List<Path> files = seedFiles(dir);
        progress.started(files.size());
        int loaded = 0;
        for (Path file : files) {
            String name = dir.relativize(file).toString().replace('\\', '/');
            if (load(name, file)) {
                loaded++;
            }
            progress.fileHandled();
        }
        log.info("Seeds: {} of {} files in {} are stored articles", loaded, files.size(), dir);
    }

    private boolean load(String name, Path file) {
        try {
            IngestOutcome outcome = ingestor.ingest(name, Files.readAllBytes(file));
            log.info("Seed {}: {} article {} ({})", name, outcome.status(), outcome.articleId(), outcome.slug());
            return true;
        } catch (ArticleFormatException | TextTooLongException e) {
            log.warn("Seed {} skipped: {}", name, e.getMessage());
        } catch (IOException e) {
            log.warn("Seed {} skipped: cannot read it: {}", name, e.toString());
        } catch (RuntimeException e) {
            // Whatever one file does to the extractor or the database, the other seeds still load.
            log.error("Seed {} skipped: it could not be extracted or stored", name, e);
        }
        return false;
    }

    private static List<Path> seedFiles(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the seed directory " + dir, e);
        }
    }
}
