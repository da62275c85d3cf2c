package com.articlefacts.extraction;

import java.util.List;
import java.util.Map;

/** The layers the stages add, in the order the standard pipeline adds them. */
public final class Layers {

    public static final Layer<List<Sentence>> SENTENCES = new Layer<>("sentences", List.class);
    public static final Layer<List<Token>> TOKENS = new Layer<>("tokens", List.class);
    /** Names and temporal expressions the statistical recogniser found, with its own types. */
    public static final Layer<List<NerMention>> NER = new Layer<>("ner", List.class);
    /** The recogniser's names (not its temporal expressions), made consistent across the document. */
    public static final Layer<List<NerMention>> NAMES = new Layer<>("names", List.class);
    /** Enhanced++ universal dependencies, token indices into {@link #TOKENS}. */
    public static final Layer<List<Dependency>> DEPENDENCIES = new Layer<>("dependencies", List.class);
    /** Temporal expressions with their ISO 8601 values, adjacent parts of one expression merged. */
    public static final Layer<List<TemporalExpression>> DATES = new Layer<>("dates", List.class);
    /** Who said what: cue, claim and source of each reported statement. */
    public static final Layer<List<Attribution>> ATTRIBUTIONS = new Layer<>("attributions", List.class);
    /**
     * Events as their sentences give them, in the order of their triggers; the document-level event stages refine
     * them (a claimed act's actor, a place told earlier) before {@link EventStage} makes them {@link #EVENTS}.
     */
    static final Layer<List<EventDraft>> EVENT_DRAFTS = new Layer<>("eventDrafts", List.class);
    /** Who did what to whom, where and when. */
    public static final Layer<List<Event>> EVENTS = new Layer<>("events", List.class);
    /** The entities of the document by key, in no particular order. */
    public static final Layer<Map<String, Entity>> ENTITIES = new Layer<>("entities", Map.class);
    /** Every entity mention, sorted by span, none overlapping another. */
    public static final Layer<List<EntityMention>> MENTIONS = new Layer<>("mentions", List.class);

    private Layers() {
    }
}
