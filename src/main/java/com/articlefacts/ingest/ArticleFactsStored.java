package com.articlefacts.ingest;

/**
 * Published inside the transaction that stored an article's facts, before it commits: a listener that writes
 * something derived from them (the rendered representations) writes it in the same transaction.
 */
public record ArticleFactsStored(long articleId) {
}
