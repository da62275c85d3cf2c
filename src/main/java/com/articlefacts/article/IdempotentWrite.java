package com.articlefacts.article;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a POST sent with an Idempotency-Key did: the body it carried and the article it answered with. */
@Entity
@Table(name = "idempotent_write")
public class IdempotentWrite {

    @Id
    @Column(name = "idempotency_key")
    private String key;

    @Column(name = "body_sha256", nullable = false, length = 64)
    private String bodySha256;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(nullable = false)
    private boolean created;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected IdempotentWrite() {
        this.key = "";
        this.bodySha256 = "";
        this.writtenAt = Instant.EPOCH;
    }

    public IdempotentWrite(String key, String bodySha256, long articleId, boolean created, Instant writtenAt) {
        this.key = key;
        this.bodySha256 = bodySha256;
        this.articleId = articleId;
        this.created = created;
        this.writtenAt = writtenAt;
    }

    public String bodySha256() {
        return bodySha256;
    }

    public long articleId() {
        return articleId;
    }

    /** Whether the first POST stored a new article (201) rather than finding it stored (200). */
    public boolean created() {
        return created;
    }
}
