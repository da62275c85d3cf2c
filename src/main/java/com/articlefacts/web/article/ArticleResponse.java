package com.articlefacts.web.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An article with its text and body paragraphs; every offset counts {@code offsets} units (UTF-16 code units unless
 * asked otherwise) into {@code text}.
 *
 * @param self the article's address
 * @param createdAt when it was first stored
 * @param updatedAt when its content or its facts last changed
 */
record ArticleResponse(
        long id,
        String slug,
        String self,
        String title,
        @Nullable String standfirst,
        @Nullable LocalDate publishedOn,
        @Nullable Integer readingTimeMinutes,
        @Nullable Image image,
        Source source,
        Instant createdAt,
        Instant updatedAt,
        String text,
        String offsets,
        List<ParagraphResponse> paragraphs) {

    /** The lead image's caption and its credit, as the article prints them. */
    record Image(@Nullable String caption, @Nullable String credit) {
    }

    /** The file the article was read from, and the SHA-256 of its bytes. */
    record Source(String fileName, String sha256) {
    }
}
