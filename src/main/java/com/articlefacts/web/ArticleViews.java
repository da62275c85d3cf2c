package com.articlefacts.web;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.articlefacts.article.Article;
import com.articlefacts.article.ArticleLookup;
import com.articlefacts.article.ArticleRepository;
import com.articlefacts.article.ArticleSummary;
import com.articlefacts.article.Paragraph;
import com.articlefacts.article.ParagraphNotFoundException;
import com.articlefacts.article.TextRange;

/** Reads articles and maps them to response records inside one read-only transaction. */
@Component
@Transactional(readOnly = true)
class ArticleViews {

    private final ArticleRepository articles;
    private final ArticleLookup lookup;

    ArticleViews(ArticleRepository articles, ArticleLookup lookup) {
        this.articles = articles;
        this.lookup = lookup;
    }

    PagedModel<ArticleSummary> list(int page, int size) {
        return new PagedModel<>(articles.findSummaries(PageRequest.of(page, size)));
    }

    ArticleResponse article(String idOrSlug) {
        Article article = lookup.find(idOrSlug);
        ArticleResponse.Image image = article.imageCaption() == null && article.imageCredit() == null
                ? null
                : new ArticleResponse.Image(article.imageCaption(), article.imageCredit());
        return new ArticleResponse(id(article), article.slug(), article.title(), article.standfirst(),
                article.publishedOn(), article.readingTimeMinutes(), image,
                new ArticleResponse.Source(article.sourceName(), article.sha256()), article.text(),
                paragraphs(article));
    }

    List<ParagraphResponse> paragraphs(String idOrSlug) {
        return paragraphs(lookup.find(idOrSlug));
    }

    ParagraphResponse paragraph(String idOrSlug, int number) {
        Article article = lookup.find(idOrSlug);
        List<Paragraph> paragraphs = article.paragraphs();
        if (number < 1 || number > paragraphs.size()) {
            throw new ParagraphNotFoundException(idOrSlug, number, paragraphs.size());
        }
        return paragraph(article, paragraphs.get(number - 1));
    }

    private static List<ParagraphResponse> paragraphs(Article article) {
        return article.paragraphs().stream().map(p -> paragraph(article, p)).toList();
    }

    private static ParagraphResponse paragraph(Article article, Paragraph paragraph) {
        TextRange range = paragraph.range();
        return new ParagraphResponse(paragraph.number(), range.start(), range.end(), range.of(article.text()));
    }

    private static long id(Article article) {
        Long id = article.id();
        if (id == null) {
            throw new IllegalStateException("a stored article has no id");
        }
        return id;
    }
}
