package com.articlefacts.article;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One line of the article list, read without loading any article's text. */
public record ArticleSummary(long id, String slug, String title, @Nullable LocalDate publishedOn, int paragraphCount) {

    /** JPQL's size() yields an int or a long depending on the provider. */
    public ArticleSummary(long id, String slug, String title, @Nullable LocalDate publishedOn, Number paragraphCount) {
        this(id, slug, title, publishedOn, paragraphCount.intValue());
    }
}
