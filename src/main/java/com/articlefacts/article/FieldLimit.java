package com.articlefacts.article;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The longest value each stored header field may have, in characters; the database columns have the same sizes.
 * Checked on every way in (JSON, text, seed files) before anything is stored.
 */
public enum FieldLimit {
    TITLE("title", 1000, ParsedArticle::titleText),
    STANDFIRST("standfirst", 4000, ParsedArticle::standfirstText),
    IMAGE_CAPTION("imageCaption", 4000, ParsedArticle::imageCaptionText),
    IMAGE_CREDIT("imageCredit", 255, ParsedArticle::imageCreditText);

    /** The source name, a file name or URL given beside the content. */
    public static final int SOURCE_NAME = 1000;

    private final String field;
    private final int maxChars;
    private final Function<ParsedArticle, @Nullable String> value;

    FieldLimit(String field, int maxChars, Function<ParsedArticle, @Nullable String> value) {
        this.field = field;
        this.maxChars = maxChars;
        this.value = value;
    }

    public String field() {
        return field;
    }

    public int maxChars() {
        return maxChars;
    }

    /** @throws ArticleFormatException when the source name is too long or holds a character no article may */
    public static void checkSourceName(String sourceName) {
        if (sourceName.length() > SOURCE_NAME) {
            throw new FieldTooLongException("source", SOURCE_NAME, sourceName.length());
        }
        ArticleLayoutParser.checkCharacters("source", sourceName);
    }

    static void checkAll(ParsedArticle article) {
        for (FieldLimit limit : values()) {
            String text = limit.value.apply(article);
            if (text != null && text.length() > limit.maxChars) {
                throw new FieldTooLongException(limit.field, limit.maxChars, text.length());
            }
        }
    }
}
