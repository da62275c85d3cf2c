package com.articlefacts.fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import com.articlefacts.extraction.Event;

/** Who did what to whom, where and when, in one article. */
@Entity
@Table(name = "event_fact")
public class EventFact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "local_id", nullable = false)
    private String localId;

    @Column(name = "event_type", nullable = false)
    private String type;

    private @Nullable String actor;

    private @Nullable String target;

    private @Nullable String place;

    @Column(name = "date_value")
    private @Nullable String date;

    @Column(name = "happened_from")
    private @Nullable LocalDate happenedFrom;

    @Column(name = "happened_to")
    private @Nullable LocalDate happenedTo;

    @Column(name = "trigger_start", nullable = false)
    private int triggerStart;

    @Column(name = "trigger_end", nullable = false)
    private int triggerEnd;

    @Column(name = "evidence_start", nullable = false)
    private int evidenceStart;

    @Column(name = "evidence_end", nullable = false)
    private int evidenceEnd;

    @Column(name = "attribution_id")
    private @Nullable Long attributionId;

    @Column(nullable = false)
    private String certainty;

    @Column(name = "acled_event_type")
    private @Nullable String acledEventType;

    @Column(name = "acled_sub_event_type")
    private @Nullable String acledSubEventType;

    private @Nullable String cameo;

    @Column(name = "actor_start")
    private @Nullable Integer actorStart;

    @Column(name = "actor_end")
    private @Nullable Integer actorEnd;

    @Column(name = "target_start")
    private @Nullable Integer targetStart;

    @Column(name = "target_end")
    private @Nullable Integer targetEnd;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_casualty", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<EventCasualty> casualties = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_party", joinColumns = @JoinColumn(name = "event_id"))
    private List<EventParty> thirdParties = new ArrayList<>();

    protected EventFact() {
        this.localId = "";
        this.type = "";
        this.certainty = "";
    }

    EventFact(long articleId, Event event, @Nullable Long attributionId, @Nullable LocalDate happenedFrom,
            @Nullable LocalDate happenedTo) {
        this.articleId = articleId;
        this.localId = event.id();
        this.type = event.type();
        this.actor = event.actor();
        this.target = event.target();
        this.place = event.place();
        this.date = event.date();
        this.happenedFrom = happenedFrom;
        this.happenedTo = happenedTo;
        this.triggerStart = event.trigger().begin();
        this.triggerEnd = event.trigger().end();
        this.evidenceStart = event.evidence().begin();
        this.evidenceEnd = event.evidence().end();
        this.attributionId = attributionId;
        this.certainty = event.certainty();
        event.thirdParties().forEach(party -> thirdParties.add(new EventParty(party.key(), party.role())));
        this.acledEventType = event.acledEventType();
        this.acledSubEventType = event.acledSubEventType();
        this.cameo = event.cameo();
        if (event.actorPhrase() != null) {
            this.actorStart = event.actorPhrase().begin();
            this.actorEnd = event.actorPhrase().end();
        }
        if (event.targetPhrase() != null) {
            this.targetStart = event.targetPhrase().begin();
            this.targetEnd = event.targetPhrase().end();
        }
        event.casualties().forEach(c -> casualties.add(new EventCasualty(c.kind(), c.count(), c.victims(),
                c.evidence().begin(), c.evidence().end())));
    }

    public long id() {
        return java.util.Objects.requireNonNull(id, "not stored yet");
    }

    public long articleId() {
        return articleId;
    }

    public String type() {
        return type;
    }

    public @Nullable String actor() {
        return actor;
    }

    public @Nullable String target() {
        return target;
    }

    public @Nullable String place() {
        return place;
    }

    public @Nullable String date() {
        return date;
    }

    /** The first day of the event's own date, else the article's publication day: what searches order by. */
    public @Nullable LocalDate happenedFrom() {
        return happenedFrom;
    }

    public int triggerStart() {
        return triggerStart;
    }

    public int triggerEnd() {
        return triggerEnd;
    }

    public int evidenceStart() {
        return evidenceStart;
    }

    public int evidenceEnd() {
        return evidenceEnd;
    }

    public @Nullable Long attributionId() {
        return attributionId;
    }

    public String certainty() {
        return certainty;
    }

    public List<EventParty> thirdParties() {
        return List.copyOf(thirdParties);
    }

    public @Nullable String acledEventType() {
        return acledEventType;
    }

    public @Nullable String acledSubEventType() {
        return acledSubEventType;
    }

    public @Nullable String cameo() {
        return cameo;
    }

    public @Nullable Integer actorStart() {
        return actorStart;
    }

    public @Nullable Integer actorEnd() {
        return actorEnd;
    }

    public @Nullable Integer targetStart() {
        return targetStart;
    }

    public @Nullable Integer targetEnd() {
        return targetEnd;
    }

    public List<EventCasualty> casualties() {
        return List.copyOf(casualties);
    }
}
