package com.articlefacts.article;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The tombstone of a deleted article: what a client that syncs by time needs to forget it. */
@Entity
@Table(name = "article_deletion")
public class ArticleDeletion {

    @Id
    @Column(name = "article_id")
    private long articleId;

    @Column(nullable = false)
    private String slug;

    @Column(name = "deleted_at", nullable = false)
    private Instant deletedAt;

    protected ArticleDeletion() {
        this.slug = "";
        this.deletedAt = Instant.EPOCH;
    }

    public ArticleDeletion(long articleId, String slug, Instant deletedAt) {
        this.articleId = articleId;
        this.slug = slug;
        this.deletedAt = deletedAt;
    }

    public long articleId() {
        return articleId;
    }

    public String slug() {
        return slug;
    }

    public Instant deletedAt() {
        return deletedAt;
    }
}
