package com.articlefacts.fact;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EventFactRepository extends JpaRepository<EventFact, Long> {

    @Query("select e from EventFact e where e.articleId = :articleId order by e.triggerStart")
    List<EventFact> findByArticle(@Param("articleId") long articleId);

    /**
     * Events matching every given filter, each with its article's text read by the same statement, so that an event
     * is never paired with the text of a later write (or none, after a delete); a date range keeps events whose
     * date interval overlaps it, in the pageable's order. Each row is the event and the text.
     */
    @Query(value = """
            select e, a.text from EventFact e join com.articlefacts.article.Article a on a.id = e.articleId
            where (:actor is null or e.actor = :actor) and (:target is null or e.target = :target)
              and (:place is null or e.place = :place) and (:type is null or e.type = :type)
              and (cast(:from as date) is null or e.happenedTo >= :from)
              and (cast(:to as date) is null or e.happenedFrom <= :to)""",
            countQuery = """
            select count(e) from EventFact e
            where (:actor is null or e.actor = :actor) and (:target is null or e.target = :target)
              and (:place is null or e.place = :place) and (:type is null or e.type = :type)
              and (cast(:from as date) is null or e.happenedTo >= :from)
              and (cast(:to as date) is null or e.happenedFrom <= :to)""")
    Page<Object[]> searchWithText(@Param("actor") @Nullable String actor, @Param("target") @Nullable String target,
            @Param("place") @Nullable String place, @Param("type") @Nullable String type,
            @Param("from") @Nullable LocalDate from, @Param("to") @Nullable LocalDate to, Pageable pageable);

    @Modifying(flushAutomatically = true)
    @Query("delete from EventFact e where e.articleId = :articleId")
    int deleteByArticle(@Param("articleId") long articleId);
}
