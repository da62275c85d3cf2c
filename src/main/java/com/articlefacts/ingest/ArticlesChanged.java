package com.articlefacts.ingest;

import org.jspecify.annotations.Nullable;

/**
 * Published after a write to the stored articles or their facts has committed.
 *
 * @param slug the article's slug, so that what was read by slug can be forgotten too; null when unknown
 */
public record ArticlesChanged(long articleId, @Nullable String slug) {
}
