package com.articlefacts.extraction;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The words that report speech ({@code kb/attribution-cues.json}), the words that state events
 * ({@code kb/event-triggers.json}) and the patterns that find an event's arguments ({@code kb/event-patterns.json}).
 */
public final class FactLexicon {

    static final String CUES = "kb/attribution-cues.json";
    static final String TRIGGERS = "kb/event-triggers.json";
    static final String PATTERNS = "kb/event-patterns.json";

    private final Cues cues;
    private final List<Trigger> triggers;
    private final Map<String, EventType> eventTypes;
    private final List<ArgumentPattern.Spec> patterns;
    private final String sha256;

    record Cues(Set<String> verbs, Set<String> mediumVerbs, Set<String> clauseOnlyVerbs, Set<String> allegingVerbs,
            Map<String, String> unnamedSources, Map<String, String> reportNouns, Map<String, String> adverbs) {
    }

    /** One trigger: see the description in the data file. */
    record Trigger(String lemma, boolean noun, @Nullable List<String> objects, @Nullable String particle,
            @Nullable List<String> prepositions, boolean intransitive, @Nullable List<String> modifiers,
            boolean actorOptional, boolean armedTarget, boolean partyTarget, boolean placeTarget, boolean topicObject,
            @Nullable String actorPreposition, String type) {
    }

    /**
     * One event type: what it means, its ACLED event and sub-event type (null for verbal events ACLED does not
     * code), its CAMEO code, and the constraints on its actor. See the description in the data file.
     */
    public record EventType(String description, @Nullable String acledEventType, @Nullable String acledSubEventType,
            @Nullable String cameo, boolean violent, boolean armedActor, boolean reciprocal,
            @Nullable List<String> againstArmed,
            @Nullable List<String> byState) {
    }

    private record TriggerFile(Map<String, EventType> types, List<Trigger> triggers) {
    }

    private record PatternFile(List<ArgumentPattern.Spec> patterns) {
    }

    private FactLexicon(Cues cues, TriggerFile triggers, PatternFile patterns, String sha256) {
        this.cues = cues;
        this.patterns = List.copyOf(patterns.patterns());
        this.triggers = List.copyOf(triggers.triggers());
        this.eventTypes = Map.copyOf(triggers.types());
        for (Trigger trigger : this.triggers) {
            if (!eventTypes.containsKey(trigger.type())) {
                throw new IllegalStateException(TRIGGERS + ": the trigger '" + trigger.lemma() + "' gives the type "
                        + trigger.type() + ", which the file does not define");
            }
        }
        this.sha256 = sha256;
    }

    public static FactLexicon load() {
        byte[] cueBytes = DataFiles.read(CUES);
        byte[] triggerBytes = DataFiles.read(TRIGGERS);
        byte[] patternBytes = DataFiles.read(PATTERNS);
        // Absent flags ("noun", "actorOptional", "violent", ...) mean false.
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
        return new FactLexicon(json.readValue(cueBytes, Cues.class), json.readValue(triggerBytes, TriggerFile.class),
                json.readValue(patternBytes, PatternFile.class), DataFiles.sha256(cueBytes, triggerBytes, patternBytes));
    }

    /** The event types by name. */
    public Map<String, EventType> eventTypes() {
        return eventTypes;
    }

    /** The type of that name; the stage only gives types the file defines. */
    public EventType eventType(String name) {
        EventType type = eventTypes.get(name);
        if (type == null) {
            throw new IllegalArgumentException("no event type " + name);
        }
        return type;
    }

    /** The lemmas of every trigger that gives one of the types. */
    public Set<String> triggerLemmas(Set<String> types) {
        Set<String> lemmas = new java.util.TreeSet<>();
        for (Trigger trigger : triggers) {
            if (types.contains(trigger.type())) {
                lemmas.add(trigger.lemma());
            }
        }
        return lemmas;
    }

    Cues cues() {
        return cues;
    }

    List<Trigger> triggers() {
        return triggers;
    }

    /** The argument patterns as the file writes them, in its order. */
    public List<ArgumentPattern.Spec> patterns() {
        return patterns;
    }

    String sha256() {
        return sha256;
    }
}
