package com.articlefacts.web.read;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.articlefacts.ingest.ArticlesChanged;

/** A committed write removes from the memory cache exactly what it can have changed. */
@Component
class CacheInvalidation {

    private final ResponseCache cache;

    CacheInvalidation(ResponseCache cache) {
        this.cache = cache;
    }

    @EventListener
    void onArticlesChanged(ArticlesChanged change) {
        cache.invalidateArticle(change.articleId(), change.slug());
    }
}
