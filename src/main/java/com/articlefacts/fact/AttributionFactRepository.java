package com.articlefacts.fact;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AttributionFactRepository extends JpaRepository<AttributionFact, Long> {

    @Query("select a from AttributionFact a where a.articleId = :articleId order by a.cueStart")
    List<AttributionFact> findByArticle(@Param("articleId") long articleId);

    @Modifying(flushAutomatically = true)
    @Query("delete from AttributionFact a where a.articleId = :articleId")
    int deleteByArticle(@Param("articleId") long articleId);
}
