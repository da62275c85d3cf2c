package com.articlefacts.web.read;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.articlefacts.ingest.ArticleFactsStored;

/**
 * Keeps every article's stored representations current: renders them once a write's facts are committed (on the
 * writer's thread, before it is answered), and on a background thread renders what is missing: after startup, the
 * articles an older version stored (or a new {@link Representations#FORMAT}), and after a rendering that failed.
 * Until then their reads are rendered on demand. A rendering never rolls back the write it follows.
 */
@Component
class RepresentationBackfill implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RepresentationBackfill.class);
    private static final int BATCH = 500;

    private final Representations representations;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "representation-backfill");
        thread.setDaemon(true);
        return thread;
    });

    RepresentationBackfill(Representations representations) {
        this.representations = representations;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        executor.submit(this::renderMissing);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onFactsStored(ArticleFactsStored stored) {
        try {
            representations.render(stored.articleId());
        } catch (RuntimeException e) {
            log.warn("The representations of article {} could not be rendered; they will be again in the background",
                    stored.articleId(), e);
            executor.submit(this::renderMissing);
        }
    }

    private void renderMissing() {
        Set<Long> failed = new HashSet<>();
        int rendered = 0;
        for (List<Long> batch = representations.unrendered(BATCH); !batch.isEmpty() && !failed.containsAll(batch);
                batch = representations.unrendered(BATCH + failed.size())) {
            for (long id : batch) {
                if (failed.contains(id)) {
                    continue;
                }
                try {
                    representations.render(id);
                    rendered++;
                } catch (RuntimeException e) {
                    failed.add(id); // deleted meanwhile, or unreadable: its reads render on demand
                    log.debug("Article {} could not be rendered: {}", id, e.toString());
                }
            }
        }
        if (rendered > 0) {
            log.info("Rendered the representations of {} stored articles", rendered);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
