package com.articlefacts.web.entity;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

import com.articlefacts.extraction.Coordinates;
import com.articlefacts.extraction.EntityType;

/** Response records of the entity endpoints. */
public final class EntityResponses {

    private EntityResponses() {
    }

    /** An article's entities in order of first mention; {@code offsets} names the unit of every offset. */
    public record ArticleEntities(long articleId, String slug, String offsets, List<ArticleEntity> entities) {
    }

    /**
     * @param self the entity's address, where every article that mentions it is listed
     * @param wikipedia the title of its English Wikipedia article, where known
     * @param wikipediaUrl the address of that article
     * @param coordinates latitude and longitude in degrees, for places the knowledge base knows
     * @param partOf for an institution of a state (its armed forces, police, a ministry), the key of the state
     */
    public record ArticleEntity(String key, String self, String label, String name, EntityType type, @Nullable String wikipedia,
            @Nullable String wikipediaUrl, @Nullable Coordinates coordinates, @Nullable String partOf,
            int mentionCount, List<MentionResponse> mentions) {
    }

    /**
     * @param text the mentioned words, always the UTF-16 slice of the article text
     * @param paragraph the body paragraph (from 1), or null in the title and header
     * @param sentence the sentence of the article (from 1)
     * @param nominal true for descriptions and modifiers ("Kurdish fighters"), false for names
     */
    record MentionResponse(int start, int end, String text, @Nullable Integer paragraph, int sentence,
            boolean nominal) {
    }

    /**
     * @param self the entity's address
     * @param partOf for an institution of a state, the key of the state
     */
    record EntitySummary(String key, String self, String label, String name, EntityType type, @Nullable String wikipedia,
            @Nullable String wikipediaUrl, @Nullable Coordinates coordinates, @Nullable String partOf,
            long articleCount, long mentionCount) {
    }

    /**
     * @param self the entity's address
     * @param partOf for an institution of a state, the key of the state
     * @param articles the newest articles that mention it, at most 50; {@code articleCount} counts them all
     */
    record EntityDetail(String key, String self, String label, String name, EntityType type, @Nullable String wikipedia,
            @Nullable String wikipediaUrl, @Nullable Coordinates coordinates, @Nullable String partOf,
            List<String> aliases, long articleCount, List<EntityArticle> articles) {
    }

    /**
     * @param self the article's address
     * @param entities the address of that article's entities
     */
    record EntityArticle(long id, String slug, String self, String title, long mentionCount, String entities) {
    }

    /** The English Wikipedia address of a title, as Wikipedia writes it (underscores, percent-encoded). */
    static @Nullable String wikipediaUrl(@Nullable String title) {
        return title == null ? null
                : WIKIPEDIA + UriUtils.encodePathSegment(title.replace(' ', '_'), StandardCharsets.UTF_8);
    }

    private static final String WIKIPEDIA = "https://en.wikipedia.org/wiki/";
}
