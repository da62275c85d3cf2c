package com.articlefacts.article;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the layout parser found in an article file. Every range indexes {@link #text()}, the file exactly as decoded.
 *
 * @param paragraphs the body paragraphs, in order; the first is paragraph 1
 */
public record ParsedArticle(
        String text,
        TextRange title,
        @Nullable TextRange standfirst,
        @Nullable Integer readingTimeMinutes,
        @Nullable LocalDate publishedOn,
        @Nullable TextRange imageCaption,
        @Nullable TextRange imageCredit,
        List<TextRange> paragraphs) {

    public ParsedArticle {
        paragraphs = List.copyOf(paragraphs);
    }

    public String titleText() {
        return title.of(text);
    }

    public @Nullable String standfirstText() {
        return standfirst == null ? null : standfirst.of(text);
    }

    public @Nullable String imageCaptionText() {
        return imageCaption == null ? null : imageCaption.of(text);
    }

    public @Nullable String imageCreditText() {
        return imageCredit == null ? null : imageCredit.of(text);
    }
}
