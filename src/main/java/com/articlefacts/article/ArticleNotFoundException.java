package com.articlefacts.article;

/** No article has the id or slug a caller asked for. */
public class ArticleNotFoundException extends RuntimeException {

    public ArticleNotFoundException(String idOrSlug) {
        super("No article has the id or slug '" + idOrSlug + "'.");
    }
}
