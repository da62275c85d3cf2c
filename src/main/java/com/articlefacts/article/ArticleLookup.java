package com.articlefacts.article;

import org.springframework.stereotype.Component;

/** Finds an article by its numeric id or by its slug, the two ways the API names one. */
@Component
public class ArticleLookup {

    private final ArticleRepository articles;

    ArticleLookup(ArticleRepository articles) {
        this.articles = articles;
    }

    /** Whether the path segment names an article by id; anything else is a slug. */
    public static boolean isId(String idOrSlug) {
        return !idOrSlug.isEmpty() && idOrSlug.length() <= 18 && idOrSlug.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    public Article find(String idOrSlug) {
        if (isId(idOrSlug)) {
            return articles.findById(Long.parseLong(idOrSlug))
                    .orElseThrow(() -> new ArticleNotFoundException(idOrSlug));
        }
        return articles.findBySlug(idOrSlug).orElseThrow(() -> new ArticleNotFoundException(idOrSlug));
    }
}
