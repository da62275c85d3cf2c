package com.articlefacts.article;

import org.springframework.data.jpa.repository.JpaRepository;

/** The POSTs sent with an Idempotency-Key, by key. */
public interface IdempotentWriteRepository extends JpaRepository<IdempotentWrite, String> {
}
