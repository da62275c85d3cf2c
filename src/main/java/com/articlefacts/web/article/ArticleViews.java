package com.articlefacts.web.article;

import com.articlefacts.web.http.ApiLinks;
import com.articlefacts.web.http.OffsetUnit;
import com.articlefacts.web.http.SortOrders;
import com.articlefacts.web.read.Representations.Resource;
import com.articlefacts.web.read.ResourceViews;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import com.articlefacts.article.Article;
import com.articlefacts.article.ArticleDeletionRepository;
import com.articlefacts.article.ArticleLookup;
import com.articlefacts.article.ArticleRepository;
import com.articlefacts.article.ArticleSummary;
import com.articlefacts.article.Paragraph;
import com.articlefacts.article.ParagraphNotFoundException;
import com.articlefacts.article.TextRange;
import com.articlefacts.web.article.ParagraphResponse.ArticleParagraph;
import com.articlefacts.web.article.ParagraphResponse.ArticleParagraphs;

/**
 * Reads articles and maps them to response records inside one read-only
 * transaction, repeatable read: its queries see one committed state, never an article of one write with the facts
 * of another.
 */
@Component
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class ArticleViews implements ResourceViews {

    private final ArticleRepository articles;
    private final ArticleDeletionRepository deletions;
    private final ArticleLookup lookup;

    ArticleViews(ArticleRepository articles, ArticleDeletionRepository deletions, ArticleLookup lookup) {
        this.articles = articles;
        this.deletions = deletions;
        this.lookup = lookup;
    }

    Article find(String idOrSlug) {
        return lookup.find(idOrSlug);
    }

    /** Bound where a date filter is absent: a day every database can store, never compared. */
    private static final LocalDate ANY_DAY = LocalDate.of(2000, 1, 1);

    PagedModel<ArticleListItem> list(ArticleFilter filter, Sort order, int page, int size) {
        String titlePattern = filter.q() == null ? ""
                : "%" + filter.q().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        return new PagedModel<>(articles.findSummaries(filter.publishedFrom() == null,
                filter.publishedFrom() == null ? ANY_DAY : filter.publishedFrom(), filter.publishedTo() == null,
                filter.publishedTo() == null ? ANY_DAY : filter.publishedTo(), filter.q() == null, titlePattern,
                filter.source() == null, filter.source() == null ? "" : filter.source(),
                filter.updatedSince() == null, filter.updatedSince() == null ? Instant.EPOCH : filter.updatedSince(),
                PageRequest.of(page, size, order)).map(ArticleListItem::of));
    }

    /** What the list of articles may be narrowed to; null members narrow nothing. */
    record ArticleFilter(@Nullable LocalDate publishedFrom, @Nullable LocalDate publishedTo, @Nullable String q,
            @Nullable String source, @Nullable Instant updatedSince) {

        static final ArticleFilter NONE = new ArticleFilter(null, null, null, null, null);
    }

    /** The tombstones of the articles deleted at or after the instant, oldest first. */
    PagedModel<DeletionResponse> deletions(Instant since, int page, int size) {
        return new PagedModel<>(deletions.findByDeletedAtGreaterThanEqualOrderByDeletedAtAscArticleIdAsc(since,
                PageRequest.of(page, size)).map(d -> new DeletionResponse(d.articleId(), d.slug(), d.deletedAt())));
    }

    /** A deleted article: its id and slug, which no longer resolve, and when it was deleted. */
    record DeletionResponse(long articleId, String slug, Instant deletedAt) {
    }

    /** The orders of the list of articles; articles without a date come last either way. */
    static final SortOrders ORDERS = SortOrders.of("id").by("id", "id", "id").by("publishedOn", "publishedOn", "id");

    @Override
    public Set<Resource> resources() {
        return Set.of(Resource.ARTICLE, Resource.PARAGRAPHS);
    }

    @Override
    public Object render(String idOrSlug, Resource resource) {
        return switch (resource) {
            case ARTICLE -> article(idOrSlug, OffsetUnit.UTF16);
            case PARAGRAPHS -> paragraphs(idOrSlug, OffsetUnit.UTF16);
            default -> throw new IllegalArgumentException(resource + " is not an article resource");
        };
    }

    public ArticleResponse article(String idOrSlug, OffsetUnit unit) {
        Article article = lookup.find(idOrSlug);
        ArticleResponse.Image image = article.imageCaption() == null && article.imageCredit() == null
                ? null
                : new ArticleResponse.Image(article.imageCaption(), article.imageCredit());
        return new ArticleResponse(id(article), article.slug(), ApiLinks.article(id(article)), article.title(), article.standfirst(),
                article.publishedOn(), article.readingTimeMinutes(), image,
                new ArticleResponse.Source(article.sourceName(), article.sha256()), article.createdAt(),
                article.updatedAt(), article.text(),
                unit.parameter(), paragraphs(article, unit));
    }

    public ArticleParagraphs paragraphs(String idOrSlug, OffsetUnit unit) {
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

    public static long id(Article article) {
        Long id = article.id();
        if (id == null) {
            throw new IllegalStateException("a stored article has no id");
        }
        return id;
    }
}
