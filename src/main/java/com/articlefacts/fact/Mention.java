package com.articlefacts.fact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import com.articlefacts.extraction.EntityMention;

/** One place in one article's text that refers to an entity. Its text is the article text's slice. */
@Entity
@Table(name = "mention")
public class Mention {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entity_id")
    private NamedEntity entity;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    private @Nullable Integer paragraph;

    @Column(nullable = false)
    private int sentence;

    @Column(nullable = false)
    private boolean nominal;

    @Column(nullable = false)
    private boolean actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntityMention.Source source;

    protected Mention() {
        this.entity = new NamedEntity();
        this.source = EntityMention.Source.RECOGNISER;
    }

    Mention(long articleId, NamedEntity entity, EntityMention mention, @Nullable Integer paragraph, int sentence) {
        this.articleId = articleId;
        this.entity = entity;
        this.start = mention.span().begin();
        this.end = mention.span().end();
        this.paragraph = paragraph;
        this.sentence = sentence;
        this.nominal = mention.nominal();
        this.actor = mention.actor();
        this.source = mention.source();
    }

    public long articleId() {
        return articleId;
    }

    public NamedEntity entity() {
        return entity;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** The body paragraph (from 1) that holds it, or null for the title and header. */
    public @Nullable Integer paragraph() {
        return paragraph;
    }

    /** The sentence of the article (from 1) that holds it. */
    public int sentence() {
        return sentence;
    }

    public boolean nominal() {
        return nominal;
    }
}
