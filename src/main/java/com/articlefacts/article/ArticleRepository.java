package com.articlefacts.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    Optional<Article> findBySlug(String slug);

    Optional<Article> findBySha256(String sha256);

    Optional<Article> findFirstBySourceNameOrderByIdAsc(String sourceName);

    boolean existsBySlug(String slug);

    /**
     * The article, locked until the transaction ends: concurrent writes to one article (on any instance) wait for
     * each other instead of failing on the version, and a write after a delete finds nothing.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Article a where a.id = :id")
    Optional<Article> findByIdForUpdate(@Param("id") long id);

    /** Each article's id and source name, without loading its text: rows of {@code [Long id, String sourceName]}. */
    @Query("select a.id, a.sourceName from Article a where a.id in :ids")
    List<Object[]> findSourceNames(@Param("ids") Collection<Long> ids);

    @Query("select a.id from Article a where a.extractorVersion is null or a.extractorVersion <> :version order by a.id")
    List<Long> findIdsByExtractorVersionNot(@Param("version") String version);

    @Query(value = """
            select new com.articlefacts.article.ArticleSummary(a.id, a.slug, a.title, a.publishedOn, size(a.paragraphs),
                a.createdAt, a.updatedAt)
            from Article a order by a.id""",
            countQuery = "select count(a) from Article a")
    Page<ArticleSummary> findSummaries(Pageable pageable);

    /**
     * Summaries that pass the filter, in the pageable's order. Every parameter is bound (an absent filter by its
     * flag), since PostgreSQL cannot type a parameter that is only compared with null.
     */
    @Query(value = """
            select new com.articlefacts.article.ArticleSummary(a.id, a.slug, a.title, a.publishedOn, size(a.paragraphs),
                a.createdAt, a.updatedAt)
            from Article a
            where (:anyFrom = true or a.publishedOn >= :from) and (:anyTo = true or a.publishedOn <= :to)
            and (:anyTitle = true or lower(a.title) like :titlePattern escape '\\')
            and (:anySource = true or a.sourceName = :source)
            and (:anyUpdate = true or a.updatedAt >= :updatedSince)""",
            countQuery = """
            select count(a) from Article a
            where (:anyFrom = true or a.publishedOn >= :from) and (:anyTo = true or a.publishedOn <= :to)
            and (:anyTitle = true or lower(a.title) like :titlePattern escape '\\')
            and (:anySource = true or a.sourceName = :source)
            and (:anyUpdate = true or a.updatedAt >= :updatedSince)""")
    Page<ArticleSummary> findSummaries(@Param("anyFrom") boolean anyFrom, @Param("from") LocalDate from,
            @Param("anyTo") boolean anyTo, @Param("to") LocalDate to, @Param("anyTitle") boolean anyTitle,
            @Param("titlePattern") String titlePattern, @Param("anySource") boolean anySource,
            @Param("source") String source, @Param("anyUpdate") boolean anyUpdate,
            @Param("updatedSince") Instant updatedSince, Pageable pageable);

    @Query("""
            select new com.articlefacts.article.ArticleSummary(a.id, a.slug, a.title, a.publishedOn, size(a.paragraphs),
                a.createdAt, a.updatedAt)
            from Article a where a.id in :ids order by a.id""")
    List<ArticleSummary> findSummariesByIds(@Param("ids") Collection<Long> ids);
}
