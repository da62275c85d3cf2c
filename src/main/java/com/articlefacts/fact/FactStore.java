package com.articlefacts.fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.articlefacts.article.TextRange;
import com.articlefacts.extraction.Attribution;
import com.articlefacts.extraction.CalendarValue;
import com.articlefacts.extraction.Entity;
import com.articlefacts.extraction.Event;
import com.articlefacts.extraction.EntityMention;
import com.articlefacts.extraction.Extraction;
import com.articlefacts.extraction.Sentence;

/** Writes an article's extraction results: entities upserted by key, the article's mentions replaced. */
@Service
public class FactStore {

    private final NamedEntityRepository entities;
    private final MentionRepository mentions;
    private final DateFactRepository dates;
    private final AttributionFactRepository attributions;
    private final EventFactRepository events;

    FactStore(NamedEntityRepository entities, MentionRepository mentions, DateFactRepository dates,
            AttributionFactRepository attributions, EventFactRepository events) {
        this.entities = entities;
        this.mentions = mentions;
        this.dates = dates;
        this.attributions = attributions;
        this.events = events;
    }

    /**
     * Replaces everything extracted from the article. Runs inside the caller's transaction, so an article is never
     * stored without its facts.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replace(long articleId, String text, List<TextRange> paragraphs, @Nullable LocalDate publishedOn,
            Extraction extraction) {
        List<Long> mentionedBefore = mentions.entityIdsOf(articleId);
        events.deleteByArticle(articleId);
        attributions.deleteByArticle(articleId);
        dates.deleteByArticle(articleId);
        mentions.deleteByArticle(articleId);
        replaceMentions(articleId, text, paragraphs, extraction);
        if (!mentionedBefore.isEmpty()) {
            entities.deleteUnmentionedAmong(mentionedBefore); // what the previous facts alone named
        }
        dates.saveAll(extraction.dates().stream().map(date -> new DateFact(articleId, date)).toList());
        Map<String, Long> attributionIds = new HashMap<>();
        for (Attribution attribution : extraction.attributions()) {
            attributionIds.put(attribution.id(), attributions.save(new AttributionFact(articleId, attribution)).id());
        }
        List<EventFact> rows = new ArrayList<>();
        for (Event event : extraction.events()) {
            CalendarValue when = event.date() == null ? null : CalendarValue.of("DATE", event.date());
            LocalDate from = when != null && when.begin() != null ? when.begin() : publishedOn;
            LocalDate to = when != null && when.end() != null ? when.end() : publishedOn;
            rows.add(new EventFact(articleId, event,
                    event.attribution() == null ? null : attributionIds.get(event.attribution()), from, to));
        }
        events.saveAll(rows);
    }

    /** Removes the article's facts, and entities no article mentions any more. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void removeArticle(long articleId) {
        events.deleteByArticle(articleId);
        attributions.deleteByArticle(articleId);
        dates.deleteByArticle(articleId);
        mentions.deleteByArticle(articleId);
        entities.deleteUnmentioned();
    }

    private void replaceMentions(long articleId, String text, List<TextRange> paragraphs, Extraction extraction) {
        Map<String, NamedEntity> stored = upsertEntities(text, extraction);
        List<Mention> rows = new ArrayList<>();
        for (EntityMention mention : extraction.mentions()) {
            rows.add(new Mention(articleId, stored.get(mention.entityKey()), mention,
                    paragraphOf(paragraphs, mention.span().begin(), mention.span().end()),
                    sentenceOf(extraction.sentences(), mention.span().begin()) + 1));
        }
        mentions.saveAll(rows);
    }

    private Map<String, NamedEntity> upsertEntities(String text, Extraction extraction) {
        Map<String, Set<String>> namesSeen = new HashMap<>();
        for (EntityMention mention : extraction.mentions()) {
            if (!mention.nominal()) {
                namesSeen.computeIfAbsent(mention.entityKey(), k -> new LinkedHashSet<>())
                        .add(mention.span().coveredText(text).replaceAll("\\s+", " "));
            }
        }
        Map<String, NamedEntity> stored = new HashMap<>();
        List<String> keys = extraction.entities().stream().map(Entity::key).toList();
        entities.findByKeyIn(keys).forEach(entity -> stored.put(entity.key(), entity));
        for (Entity entity : extraction.entities()) {
            List<String> names = new ArrayList<>(entity.aliases());
            names.addAll(namesSeen.getOrDefault(entity.key(), Set.of()));
            NamedEntity existing = stored.get(entity.key());
            if (existing == null) {
                stored.put(entity.key(), entities.save(new NamedEntity(entity, names)));
            } else {
                existing.update(entity, names);
            }
        }
        return stored;
    }

    private static @Nullable Integer paragraphOf(List<TextRange> paragraphs, int begin, int end) {
        for (int i = 0; i < paragraphs.size(); i++) {
            TextRange range = paragraphs.get(i);
            if (range.start() <= begin && end <= range.end()) {
                return i + 1;
            }
        }
        return null;
    }

    private static int sentenceOf(List<Sentence> sentences, int begin) {
        int low = 0;
        int high = sentences.size() - 1;
        int found = 0;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (sentences.get(mid).span().begin() <= begin) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }
}
