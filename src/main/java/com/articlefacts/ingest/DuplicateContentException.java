package com.articlefacts.ingest;

/** New content for an article is byte for byte another article's. */
public class DuplicateContentException extends RuntimeException {

    private final long existingArticleId;

    public DuplicateContentException(long existingArticleId) {
        super("Article " + existingArticleId + " already has exactly this content.");
        this.existingArticleId = existingArticleId;
    }

    public long existingArticleId() {
        return existingArticleId;
    }
}
