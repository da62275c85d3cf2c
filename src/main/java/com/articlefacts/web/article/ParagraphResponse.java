package com.articlefacts.web.article;

import java.util.List;

/** A body paragraph: {@code text} equals the article text from {@code start} (inclusive) to {@code end}. */
record ParagraphResponse(int number, int start, int end, String text) {

    /** An article's body paragraphs; {@code offsets} names the unit of every offset. */
    record ArticleParagraphs(long articleId, String slug, String offsets, List<ParagraphResponse> paragraphs) {
    }

    /** One body paragraph of an article, with the article it belongs to and the unit of its offsets. */
    record ArticleParagraph(long articleId, String slug, String offsets, int number, int start, int end,
            String text) {
    }
}
