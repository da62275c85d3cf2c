package com.articlefacts.extraction;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The words that report speech ({@code kb/attribution-cues.json}) and state events ({@code kb/event-triggers.json}). */
public final class FactLexicon {

    static final String CUES = "kb/attribution-cues.json";
    static final String TRIGGERS = "kb/event-triggers.json";

    private final Cues cues;
    private final List<Trigger> triggers;
    private final Map<String, String> eventTypes;
    private final String sha256;

    record Cues(Set<String> verbs, Set<String> mediumVerbs, Set<String> allegingVerbs,
            Map<String, String> unnamedSources, Map<String, String> reportNouns, Map<String, String> adverbs) {
    }

    /** One trigger: see the description in the data file. */
    record Trigger(String lemma, boolean noun, @Nullable List<String> objects, @Nullable String particle,
            @Nullable List<String> modifiers, boolean actorOptional, String type) {
    }

    private record TriggerFile(Map<String, String> types, List<Trigger> triggers) {
    }

    private FactLexicon(Cues cues, TriggerFile triggers, String sha256) {
        this.cues = cues;
        this.triggers = List.copyOf(triggers.triggers());
        this.eventTypes = Map.copyOf(triggers.types());
        this.sha256 = sha256;
    }

    public static FactLexicon load() {
        byte[] cueBytes = DataFiles.read(CUES);
        byte[] triggerBytes = DataFiles.read(TRIGGERS);
        // Absent flags ("noun", "actorOptional") mean false.
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
        return new FactLexicon(json.readValue(cueBytes, Cues.class), json.readValue(triggerBytes, TriggerFile.class),
                DataFiles.sha256(cueBytes, triggerBytes));
    }

    /** The event types, each with what it means. */
    public Map<String, String> eventTypes() {
        return eventTypes;
    }

    Cues cues() {
        return cues;
    }

    List<Trigger> triggers() {
        return triggers;
    }

    String sha256() {
        return sha256;
    }
}
