package com.articlefacts.ingest;

/** Published after a write to the stored articles or their facts has committed. */
public record ArticlesChanged(long articleId) {
}
