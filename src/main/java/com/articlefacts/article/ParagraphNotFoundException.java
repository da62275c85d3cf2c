package com.articlefacts.article;

/** The article exists but has no paragraph with the number asked for. */
public class ParagraphNotFoundException extends RuntimeException {

    public ParagraphNotFoundException(String idOrSlug, int number, int paragraphCount) {
        super("Article '" + idOrSlug + "' has paragraphs 1 to " + paragraphCount + "; there is no paragraph " + number
                + ".");
    }
}
