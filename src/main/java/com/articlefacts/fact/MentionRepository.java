package com.articlefacts.fact;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MentionRepository extends JpaRepository<Mention, Long> {

    @Query("select m from Mention m join fetch m.entity where m.articleId = :articleId order by m.start")
    List<Mention> findByArticle(@Param("articleId") long articleId);

    @Query("select distinct m.entity.id from Mention m where m.articleId = :articleId")
    List<Long> entityIdsOf(@Param("articleId") long articleId);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from Mention m where m.articleId = :articleId")
    int deleteByArticle(@Param("articleId") long articleId);

    /** Per article: [articleId, mention count] for one entity. */
    @Query("select m.articleId, count(m) from Mention m where m.entity.id = :entityId group by m.articleId order by m.articleId")
    List<Object[]> countByArticle(@Param("entityId") long entityId);

    /** Per entity: [entityId, article count, mention count]. */
    @Query("""
            select m.entity.id, count(distinct m.articleId), count(m) from Mention m
            where m.entity.id in :entityIds group by m.entity.id""")
    List<Object[]> countsByEntity(@Param("entityIds") Collection<Long> entityIds);
}
