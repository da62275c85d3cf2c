package com.articlefacts.ingest;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the extractor or its data changed, stored articles are extracted again: each becomes a job of the shared
 * backlog, once however many instances start, and the workers of every instance take them while reads go on
 * serving the previous facts.
 */
@Component
class BackgroundReextraction {

    private static final Logger log = LoggerFactory.getLogger(BackgroundReextraction.class);

    private final ArticleIngestor ingestor;
    private final ExtractionJobs jobs;

    BackgroundReextraction(ArticleIngestor ingestor, ExtractionJobs jobs) {
        this.ingestor = ingestor;
        this.jobs = jobs;
    }

    @EventListener(ApplicationReadyEvent.class)
    void enqueueStale() {
        List<Long> stale = ingestor.staleArticles();
        if (stale.isEmpty()) {
            return;
        }
        stale.forEach(jobs::enqueueReextraction);
        log.info("{} articles were extracted by an older extractor: queued to be extracted again", stale.size());
    }
}
