package com.articlefacts.article;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One line of the article list, read without loading any article's text.
 *
 * @param createdAt when it was first stored
 * @param updatedAt when its content or its facts last changed
 */
public record ArticleSummary(long id, String slug, String title, @Nullable LocalDate publishedOn, int paragraphCount,
        Instant createdAt, Instant updatedAt) {

    /** JPQL's size() yields an int or a long depending on the provider. */
    public ArticleSummary(long id, String slug, String title, @Nullable LocalDate publishedOn, Number paragraphCount,
            Instant createdAt, Instant updatedAt) {
        this(id, slug, title, publishedOn, paragraphCount.intValue(), createdAt, updatedAt);
    }
}
