package com.articlefacts.fact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/** People an event's sentence reports killed or injured: how many (null when vague), who, and the words. */
@Embeddable
public class EventCasualty {

    private static final int MAX_VICTIMS = 255;

    @Column(nullable = false)
    private String kind;

    @Column(name = "victim_count")
    private @Nullable Integer count;

    private @Nullable String victims;

    @Column(name = "evidence_start", nullable = false)
    private int evidenceStart;

    @Column(name = "evidence_end", nullable = false)
    private int evidenceEnd;

    protected EventCasualty() {
        this.kind = "";
    }

    EventCasualty(String kind, @Nullable Integer count, @Nullable String victims, int evidenceStart, int evidenceEnd) {
        this.kind = kind;
        this.count = count;
        this.victims = victims == null || victims.length() <= MAX_VICTIMS ? victims : victims.substring(0, MAX_VICTIMS);
        this.evidenceStart = evidenceStart;
        this.evidenceEnd = evidenceEnd;
    }

    public String kind() {
        return kind;
    }

    public @Nullable Integer count() {
        return count;
    }

    public @Nullable String victims() {
        return victims;
    }

    public int evidenceStart() {
        return evidenceStart;
    }

    public int evidenceEnd() {
        return evidenceEnd;
    }
}
