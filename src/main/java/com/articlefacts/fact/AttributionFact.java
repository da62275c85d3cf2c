package com.articlefacts.fact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import com.articlefacts.extraction.Attribution;

/** Who said what in an article: source, cue, claim and the outlet spoken to. */
@Entity
@Table(name = "attribution_fact")
public class AttributionFact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "local_id", nullable = false)
    private String localId;

    @Column(nullable = false)
    private String source;

    @Column(name = "source_is_entity", nullable = false)
    private boolean sourceIsEntity;

    @Column(name = "cue_start", nullable = false)
    private int cueStart;

    @Column(name = "cue_end", nullable = false)
    private int cueEnd;

    @Column(name = "claim_start", nullable = false)
    private int claimStart;

    @Column(name = "claim_end", nullable = false)
    private int claimEnd;

    private @Nullable String medium;

    @Column(name = "direct_quote", nullable = false)
    private boolean directQuote;

    protected AttributionFact() {
        this.localId = "";
        this.source = "";
    }

    AttributionFact(long articleId, Attribution attribution) {
        this.articleId = articleId;
        this.localId = attribution.id();
        this.source = attribution.source();
        this.sourceIsEntity = attribution.sourceIsEntity();
        this.cueStart = attribution.cue().begin();
        this.cueEnd = attribution.cue().end();
        this.claimStart = attribution.claim().begin();
        this.claimEnd = attribution.claim().end();
        this.medium = attribution.medium();
        this.directQuote = attribution.directQuote();
    }

    public long id() {
        return java.util.Objects.requireNonNull(id, "not stored yet");
    }

    String localId() {
        return localId;
    }

    public String source() {
        return source;
    }

    public boolean sourceIsEntity() {
        return sourceIsEntity;
    }

    public int cueStart() {
        return cueStart;
    }

    public int cueEnd() {
        return cueEnd;
    }

    public int claimStart() {
        return claimStart;
    }

    public int claimEnd() {
        return claimEnd;
    }

    public @Nullable String medium() {
        return medium;
    }

    public boolean directQuote() {
        return directQuote;
    }
}
