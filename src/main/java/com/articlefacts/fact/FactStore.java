package com.articlefacts.fact;

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
import com.articlefacts.extraction.Entity;
import com.articlefacts.extraction.EntityMention;
import com.articlefacts.extraction.Extraction;
import com.articlefacts.extraction.Sentence;

/** Writes an article's extraction results: entities upserted by key, the article's mentions replaced. */
@Service
public class FactStore {

    private final NamedEntityRepository entities;
    private final MentionRepository mentions;

    FactStore(NamedEntityRepository entities, MentionRepository mentions) {
        this.entities = entities;
        this.mentions = mentions;
    }

    /** Runs inside the caller's transaction, so an article is never stored without its facts. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replace(long articleId, String text, List<TextRange> paragraphs, Extraction extraction) {
        mentions.deleteByArticle(articleId);
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
