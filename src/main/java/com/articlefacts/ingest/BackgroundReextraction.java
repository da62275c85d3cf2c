package com.articlefacts.ingest;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the extractor or its data changed, stored articles are extracted again, one at a time on a background
 * thread after startup, so reads go on serving the previous facts meanwhile.
 */
@Component
class BackgroundReextraction implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BackgroundReextraction.class);

    private final ArticleIngestor ingestor;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "reextraction");
        thread.setDaemon(true);
        return thread;
    });

    BackgroundReextraction(ArticleIngestor ingestor) {
        this.ingestor = ingestor;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        executor.submit(this::reextractStale);
    }

    private void reextractStale() {
        List<Long> stale = ingestor.staleArticles();
        if (stale.isEmpty()) {
            return;
        }
        log.info("Extracting {} articles again with the current extractor", stale.size());
        for (long id : stale) {
            try {
                ingestor.reextract(id);
            } catch (RuntimeException e) {
                log.warn("Article {} could not be extracted again: {}", id, e.toString());
            }
        }
        log.info("Extraction of {} stale articles done", stale.size());
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
