package com.articlefacts.web.read;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import com.articlefacts.article.ArticleLookup;
import com.articlefacts.ingest.ArticleFactsStored;

/**
 * The JSON of every article resource, rendered once after the article's facts are committed and kept in the database
 * with its ETag and the article's {@code updated_at}, so that a read that misses memory is one lookup by primary key:
 * no entity graph, no serialisation, and not the article's row (which holds its text). The write's own transaction
 * only deletes the article's rows, so a failed or pending rendering never serves what the write replaced: its reads
 * are rendered on demand until the rows are back. Only the default offsets (UTF-16) are stored; other units are
 * rendered on demand and cached in memory like any read.
 */
@Component
public class Representations {

    /** Which rendering made a row; bump it when a response record changes, and startup renders every row again. */
    static final int FORMAT = 5;

    /**
     * An article resource: the path segment after /api/articles/{idOrSlug}, empty for the article itself. A stored
     * row's key is the article's id times {@link #CODES} plus the resource's code (V6 writes the same codes).
     */
    public enum Resource {
        ARTICLE("", 0), PARAGRAPHS("paragraphs", 1), ENTITIES("entities", 2), DATES("dates", 3), EVENTS("events", 4),
        ATTRIBUTIONS("attributions", 5), FACTS("facts", 6);

        static final int CODES = 8;

        private final String segment;
        private final int code;

        Resource(String segment, int code) {
            this.segment = segment;
            this.code = code;
        }

        long key(long articleId) {
            return articleId * CODES + code;
        }

        static Optional<Resource> bySegment(String segment) {
            return Arrays.stream(values()).filter(resource -> resource.segment.equals(segment)).findFirst();
        }
    }

    /** A stored representation: the bytes as served, their ETag, and when the article last changed. */
    record Stored(long articleId, String etag, byte[] body, @Nullable Instant updatedAt) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Map<Resource, ResourceViews> views = new EnumMap<>(Resource.class);

    /** @param features the web layer's features, which together render every resource, each once */
    Representations(JdbcClient jdbc, JsonMapper json, List<ResourceViews> features) {
        this.jdbc = jdbc;
        this.json = json;
        for (ResourceViews feature : features) {
            for (Resource resource : feature.resources()) {
                if (views.put(resource, feature) != null) {
                    throw new IllegalStateException("two features render " + resource);
                }
            }
        }
        if (views.size() != Resource.values().length) {
            throw new IllegalStateException("no feature renders " + Arrays.stream(Resource.values())
                    .filter(resource -> !views.containsKey(resource)).toList());
        }
    }

    /** In the write's transaction: the article's rows no longer say what it is. */
    @EventListener
    void onFactsStored(ArticleFactsStored stored) {
        jdbc.sql("delete from representation where article_id = ?").param(stored.articleId()).update();
    }

    /**
     * Renders every resource of the article and replaces its stored rows, in a transaction of its own (it runs after
     * the write's has committed); an article deleted meanwhile is left alone. It holds the article's row lock, which
     * every write takes first, so that a rendering that overlaps a write stores either the state before it (rows the
     * write then deletes) or the state it left: one rendered from a snapshot could commit the older state after the
     * write's, and kept it across a restart.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    void render(long articleId) {
        boolean exists = jdbc.sql("select id from article where id = ? for update").param(articleId)
                .query(Long.class).optional().isPresent();
        if (!exists) {
            return;
        }
        String id = String.valueOf(articleId);
        jdbc.sql("delete from representation where article_id = ?").param(articleId).update();
        for (Resource resource : Resource.values()) {
            byte[] body = json.writeValueAsBytes(view(id, resource));
            // the article's updated_at as this transaction reads it, the state the body was rendered from: the
            // Last-Modified of its reads
            jdbc.sql("insert into representation (id, article_id, resource, format, etag, body, article_updated_at)"
                            + " select ?, ?, ?, ?, ?, ?, a.updated_at from article a where a.id = ?")
                    .params(resource.key(articleId), articleId, resource.name(), FORMAT, HttpCachingFilter.tagOf(body),
                            body, articleId)
                    .update();
        }
    }

    /** The response record of one resource, as its endpoint renders it with UTF-16 offsets. */
    Object view(String id, Resource resource) {
        return views.get(resource).render(id, resource);
    }

    /** The stored bytes of one resource of the article named by id or slug, if rendered by this format. */
    Optional<Stored> find(String idOrSlug, Resource resource) {
        JdbcClient.StatementSpec query = ArticleLookup.isId(idOrSlug)
                ? jdbc.sql("select article_id, etag, body, article_updated_at from representation"
                        + " where id = ? and format = ?")
                        .params(resource.key(Long.parseLong(idOrSlug)), FORMAT)
                : jdbc.sql("select r.article_id, r.etag, r.body, r.article_updated_at from article a join representation r"
                        + " on r.id = a.id * ? + ? where a.slug = ? and r.format = ?")
                        .params(Resource.CODES, resource.code, idOrSlug, FORMAT);
        return query.query((row, n) -> new Stored(row.getLong(1), row.getString(2), row.getBytes(3),
                instant(row.getObject(4, OffsetDateTime.class)))).optional();
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** When the article named by id or slug last changed, its content or its facts; null if there is none. */
    @Nullable Instant updatedAt(String idOrSlug) {
        JdbcClient.StatementSpec query = ArticleLookup.isId(idOrSlug)
                ? jdbc.sql("select updated_at from article where id = ?").param(Long.parseLong(idOrSlug))
                : jdbc.sql("select updated_at from article where slug = ?").param(idOrSlug);
        return query.query((row, n) -> row.getObject(1, OffsetDateTime.class).toInstant()).optional().orElse(null);
    }

    /** The ETag a GET of the article sends now, as stored. */
    public @Nullable String etag(long articleId) {
        return jdbc.sql("select etag from representation where id = ? and format = ?")
                .params(Resource.ARTICLE.key(articleId), FORMAT)
                .query(String.class).optional().orElse(null);
    }

    /** Articles without representations of this format (a failed rendering, an older version), oldest first. */
    List<Long> unrendered(int limit) {
        return jdbc.sql("select a.id from article a where not exists (select 1 from representation r"
                        + " where r.id = a.id * ? + ? and r.format = ?) order by a.id limit ?")
                .params(Resource.CODES, Resource.FACTS.code, FORMAT, limit)
                .query(Long.class).list();
    }
}
