package com.articlefacts.web.article;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.articlefacts.article.ArticleLayoutParser;

/**
 * An article posted as JSON. It is stored in the seed files' layout (title, standfirst, date, body), so posted and
 * seeded articles are read, and their offsets counted, the same way.
 *
 * @param body the body paragraphs, separated by blank lines
 * @param source where the article comes from (a file name or URL), kept as the source name
 */
public record ArticleRequest(
        @NotBlank @Size(min = 1, max = 1000) String title,
        @Nullable @Size(max = 4000) String standfirst,
        @Nullable LocalDate publishedOn,
        @NotBlank @Size(min = 1) String body,
        @Nullable @Size(max = 1000) String source) {

    /**
     * The article in the seed files' layout.
     *
     * @throws com.articlefacts.article.ArticleFormatException naming the first field with a lone surrogate or a
     *         control character
     */
    String toLayout() {
        return ArticleLayoutParser.layout(title, standfirst, publishedOn, body);
    }
}
