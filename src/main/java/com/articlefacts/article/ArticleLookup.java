package com.articlefacts.article;

import org.springframework.stereotype.Component;

/** Finds an article by its numeric id or by its slug, the two ways the API names one. */
@Component
public class ArticleLookup {

    private final ArticleRepository articles;

    ArticleLookup(ArticleRepository articles) {
        this.articles = articles;
    }

    public Article find(String idOrSlug) {
        if (!idOrSlug.isEmpty() && idOrSlug.length() <= 18 && idOrSlug.chars().allMatch(Character::isDigit)) {
            return articles.findById(Long.parseLong(idOrSlug))
                    .orElseThrow(() -> new ArticleNotFoundException(idOrSlug));
        }
        return articles.findBySlug(idOrSlug).orElseThrow(() -> new ArticleNotFoundException(idOrSlug));
    }
}
