package com.articlefacts.web.entity;

import com.articlefacts.web.article.ArticleViews;
import com.articlefacts.web.http.ApiLinks;
import com.articlefacts.web.http.OffsetUnit;
import com.articlefacts.web.http.SortOrders;
import com.articlefacts.web.read.Representations.Resource;
import com.articlefacts.web.read.ResourceViews;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import com.articlefacts.article.Article;
import com.articlefacts.article.ArticleLookup;
import com.articlefacts.article.ArticleRepository;
import com.articlefacts.article.ArticleSummary;
import com.articlefacts.extraction.EntityType;
import com.articlefacts.extraction.NameForms;
import com.articlefacts.fact.Mention;
import com.articlefacts.fact.MentionRepository;
import com.articlefacts.fact.NamedEntity;
import com.articlefacts.fact.NamedEntityRepository;
import com.articlefacts.web.entity.EntityResponses.ArticleEntities;
import com.articlefacts.web.entity.EntityResponses.ArticleEntity;
import com.articlefacts.web.entity.EntityResponses.EntityArticle;
import com.articlefacts.web.entity.EntityResponses.EntityDetail;
import com.articlefacts.web.entity.EntityResponses.EntitySummary;
import com.articlefacts.web.entity.EntityResponses.MentionResponse;

/**
 * Reads entities and mentions and maps them to response records inside one read-only
 * transaction, repeatable read: its queries see one committed state, never an article of one write with the facts
 * of another.
 */
@Component
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class EntityViews implements ResourceViews {

    /** An entity's detail lists its newest articles up to this many; articleCount gives the total. */
    static final int MAX_ARTICLES = 50;

    private final ArticleLookup lookup;
    private final ArticleRepository articles;
    private final NamedEntityRepository entities;
    private final MentionRepository mentions;

    EntityViews(ArticleLookup lookup, ArticleRepository articles, NamedEntityRepository entities,
            MentionRepository mentions) {
        this.lookup = lookup;
        this.articles = articles;
        this.entities = entities;
        this.mentions = mentions;
    }

    @Override
    public Set<Resource> resources() {
        return Set.of(Resource.ENTITIES);
    }

    @Override
    public Object render(String idOrSlug, Resource resource) {
        return ofArticle(idOrSlug, null, OffsetUnit.UTF16);
    }

    public ArticleEntities ofArticle(String idOrSlug, @Nullable EntityType type, OffsetUnit unit) {
        Article article = lookup.find(idOrSlug);
        long articleId = ArticleViews.id(article);
        String text = article.text();
        OffsetUnit.Mapper offsets = unit.mapperFor(text);
        Map<String, List<Mention>> byEntity = new LinkedHashMap<>();
        for (Mention mention : mentions.findByArticle(articleId)) {
            if (type == null || mention.entity().type() == type) {
                byEntity.computeIfAbsent(mention.entity().key(), k -> new ArrayList<>()).add(mention);
            }
        }
        List<ArticleEntity> result = new ArrayList<>();
        for (List<Mention> entityMentions : byEntity.values()) {
            NamedEntity entity = entityMentions.get(0).entity();
            List<MentionResponse> spans = entityMentions.stream()
                    .map(m -> new MentionResponse(offsets.map(m.start()), offsets.map(m.end()),
                            text.substring(m.start(), m.end()), m.paragraph(), m.sentence(), m.nominal()))
                    .toList();
            result.add(new ArticleEntity(entity.key(), ApiLinks.entity(entity.key()), entity.label(), entity.name(), entity.type(),
                    entity.wikipedia(), EntityResponses.wikipediaUrl(entity.wikipedia()), entity.coordinates(),
                    entity.partOf(), spans.size(), spans));
        }
        return new ArticleEntities(articleId, article.slug(), unit.parameter(), result);
    }

    /** The orders of the entity search: by label (then key, which is unique). */
    static final SortOrders ORDERS = SortOrders.of("name").by("name", "label", "key");

    PagedModel<EntitySummary> search(@Nullable String query, @Nullable EntityType type, PageRequest page) {
        String normalized = query == null || query.isBlank() ? null : NameForms.normalize(query);
        if (normalized != null && normalized.isEmpty()) {
            // Punctuation alone ("%", "_", "-"): no name is made of it, and an empty pattern would match every name.
            return new PagedModel<>(Page.empty(page));
        }
        String skeleton = normalized == null ? null : NameForms.skeleton(normalized);
        if (skeleton != null && skeleton.isEmpty()) {
            skeleton = null; // a query of vowels alone would match every alias without consonants
        }
        Page<NamedEntity> found = entities.search(normalized, skeleton, type, page);
        Map<Long, long[]> counts = new HashMap<>();
        List<Long> ids = found.getContent().stream().map(NamedEntity::id).toList();
        if (!ids.isEmpty()) {
            for (Object[] row : mentions.countsByEntity(ids)) {
                counts.put((Long) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
            }
        }
        return new PagedModel<>(found.map(entity -> {
            long[] count = counts.getOrDefault(entity.id(), new long[2]);
            return new EntitySummary(entity.key(), ApiLinks.entity(entity.key()), entity.label(), entity.name(), entity.type(), entity.wikipedia(),
                    EntityResponses.wikipediaUrl(entity.wikipedia()), entity.coordinates(), entity.partOf(), count[0],
                    count[1]);
        }));
    }

    EntityDetail entity(String key) {
        NamedEntity entity = entities.findByKey(key).orElseThrow(() -> new EntityNotFoundException(key));
        Map<Long, Long> countByArticle = new LinkedHashMap<>();
        List<Object[]> rows = mentions.countByArticle(entity.id());
        for (Object[] row : rows.subList(Math.max(0, rows.size() - MAX_ARTICLES), rows.size())) {
            countByArticle.put((Long) row[0], ((Number) row[1]).longValue());
        }
        List<EntityArticle> inArticles = new ArrayList<>();
        for (ArticleSummary summary : articles.findSummariesByIds(countByArticle.keySet())) {
            inArticles.add(new EntityArticle(summary.id(), summary.slug(), ApiLinks.article(summary.id()),
                    summary.title(), countByArticle.get(summary.id()), ApiLinks.articleEntities(summary.id())));
        }
        java.util.Collections.reverse(inArticles);
        return new EntityDetail(entity.key(), ApiLinks.entity(entity.key()), entity.label(), entity.name(), entity.type(), entity.wikipedia(),
                EntityResponses.wikipediaUrl(entity.wikipedia()), entity.coordinates(), entity.partOf(),
                entity.aliases(), rows.size(), inArticles);
    }
}
