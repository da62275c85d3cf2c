package com.articlefacts.web;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import com.articlefacts.article.Article;
import com.articlefacts.article.ArticleLookup;
import com.articlefacts.article.ArticleRepository;
import com.articlefacts.article.ArticleSummary;
import com.articlefacts.article.Paragraph;
import com.articlefacts.article.ParagraphNotFoundException;
import com.articlefacts.article.TextRange;
import com.articlefacts.web.ParagraphResponse.ArticleParagraph;
import com.articlefacts.web.ParagraphResponse.ArticleParagraphs;

/**
 * Reads articles and maps them to response records inside one read-only
 * transaction, repeatable read: its queries see one committed state, never an article of one write with the facts
 * of another.
 */
@Component
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class ArticleViews {

    private final ArticleRepository articles;
    private final ArticleLookup lookup;

    ArticleViews(ArticleRepository articles, ArticleLookup lookup) {
        this.articles = articles;
        this.lookup = lookup;
    }

    Article find(String idOrSlug) {
        return lookup.find(idOrSlug);
    }

    PagedModel<ArticleSummary> list(int page, int size) {
        return new PagedModel<>(articles.findSummaries(PageRequest.of(page, size)));
    }

    ArticleResponse article(String idOrSlug, OffsetUnit unit) {
        Article article = lookup.find(idOrSlug);
        ArticleResponse.Image image = article.imageCaption() == null && article.imageCredit() == null
                ? null
                : new ArticleResponse.Image(article.imageCaption(), article.imageCredit());
        return new ArticleResponse(id(article), article.slug(), article.title(), article.standfirst(),
                article.publishedOn(), article.readingTimeMinutes(), image,
                new ArticleResponse.Source(article.sourceName(), article.sha256()), article.text(),
                unit.parameter(), paragraphs(article, unit));
    }

    ArticleParagraphs paragraphs(String idOrSlug, OffsetUnit unit) {
        Article article = lookup.find(idOrSlug);
        return new ArticleParagraphs(id(article), article.slug(), unit.parameter(), paragraphs(article, unit));
    }

    ArticleParagraph paragraph(String idOrSlug, int number, OffsetUnit unit) {
        Article article = lookup.find(idOrSlug);
        List<Paragraph> paragraphs = article.paragraphs();
        if (number < 1 || number > paragraphs.size()) {
            throw new ParagraphNotFoundException(idOrSlug, number, paragraphs.size());
        }
        ParagraphResponse paragraph = paragraph(article, paragraphs.get(number - 1), unit.mapperFor(article.text()));
        return new ArticleParagraph(id(article), article.slug(), unit.parameter(), paragraph.number(),
                paragraph.start(), paragraph.end(), paragraph.text());
    }

    private static List<ParagraphResponse> paragraphs(Article article, OffsetUnit unit) {
        OffsetUnit.Mapper offsets = unit.mapperFor(article.text());
        return article.paragraphs().stream().map(p -> paragraph(article, p, offsets)).toList();
    }

    private static ParagraphResponse paragraph(Article article, Paragraph paragraph, OffsetUnit.Mapper offsets) {
        TextRange range = paragraph.range();
        return new ParagraphResponse(paragraph.number(), offsets.map(range.start()), offsets.map(range.end()),
                range.of(article.text()));
    }

    static long id(Article article) {
        Long id = article.id();
        if (id == null) {
            throw new IllegalStateException("a stored article has no id");
        }
        return id;
    }
}
