package com.articlefacts.article;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The tombstones of deleted articles. */
public interface ArticleDeletionRepository extends JpaRepository<ArticleDeletion, Long> {

    /** Those deleted at or after the instant, oldest first. */
    Page<ArticleDeletion> findByDeletedAtGreaterThanEqualOrderByDeletedAtAscArticleIdAsc(Instant since,
            Pageable pageable);
}
