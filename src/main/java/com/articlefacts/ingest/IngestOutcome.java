package com.articlefacts.ingest;

/** What ingesting one source did to the store. */
public record IngestOutcome(Status status, long articleId, String slug) {

    public enum Status {
        /** A new article was stored. */
        CREATED,
        /** The source was known under its name and its content changed: the article was replaced in place. */
        UPDATED,
        /** These exact bytes were stored before: nothing changed (stale facts are redone in the background). */
        UNCHANGED
    }
}
