package com.articlefacts.web.article;

import com.articlefacts.web.http.ApiLinks;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import com.articlefacts.article.ArticleSummary;

/**
 * One article of the list: what addresses it and what a reader chooses by, without its text.
 *
 * @param self the article's address
 * @param createdAt when it was first stored
 * @param updatedAt when its content or its facts last changed
 */
record ArticleListItem(long id, String slug, String self, String title, @Nullable LocalDate publishedOn,
        int paragraphCount, Instant createdAt, Instant updatedAt) {

    static ArticleListItem of(ArticleSummary summary) {
        return new ArticleListItem(summary.id(), summary.slug(), ApiLinks.article(summary.id()), summary.title(),
                summary.publishedOn(), summary.paragraphCount(), summary.createdAt(), summary.updatedAt());
    }
}
