package com.articlefacts.fact;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DateFactRepository extends JpaRepository<DateFact, Long> {

    @Query("select d from DateFact d where d.articleId = :articleId order by d.start")
    List<DateFact> findByArticle(@Param("articleId") long articleId);

    @Modifying(flushAutomatically = true)
    @Query("delete from DateFact d where d.articleId = :articleId")
    int deleteByArticle(@Param("articleId") long articleId);
}
