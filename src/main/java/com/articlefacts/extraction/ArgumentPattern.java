package com.articlefacts.extraction;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

/**
 * One named way an event's argument is attached to its trigger in the dependency parse: a Semgrex pattern that
 * binds the node {@code trigger} and the node of its role ({@code actor}, {@code target} or {@code place}). The
 * data file's description says what each field means.
 *
 * @param on {@code verb}, {@code noun} or {@code any}: the triggers it is for
 * @param skip what a bound word must not be for the binding to count ({@code date}, {@code place}, {@code unnamed})
 * @param voice for a verb's own slot (its subject, object or passive subject), the voice whose slot it is
 *     ({@code active} or {@code passive}); null for a phrase
 */
record ArgumentPattern(String name, String role, String on, SemgrexPattern semgrex, Set<String> skip,
        boolean overridesObject, boolean unnamedForce, @Nullable String voice) {

    static final String TRIGGER = "trigger";
    static final String ACTOR = "actor";
    static final String TARGET = "target";
    static final String PLACE = "place";
    static final Set<String> ROLES = Set.of(ACTOR, TARGET, PLACE);
    static final Set<String> TRIGGERS = Set.of("verb", "noun", "any");
    static final Set<String> SKIPS = Set.of("date", "place", "unnamed");
    static final String ACTIVE = "active";
    static final String PASSIVE = "passive";
    static final Set<String> VOICES = Set.of(ACTIVE, PASSIVE);

    boolean isFor(boolean noun) {
        return on.equals("any") || on.equals(noun ? "noun" : "verb");
    }

    /**
     * A pattern as the data file writes it, with the sentences it must and must not match: each a parse in
     * CoreNLP's compact notation ({@code [shelled/VBD nsubj>forces/NNS obj>positions/NNS]}, a lemma after a second
     * slash where it is not the word), the trigger's word and, for a match, the word the role binds.
     */
    record Spec(String name, String role, String on, String pattern, @Nullable List<String> skip,
            boolean overridesObject, boolean unnamedForce, @Nullable String voice, List<Example> matches,
            List<Example> rejects, @Nullable String why) {
    }

    record Example(String parse, String trigger, @Nullable String binds) {
    }
}
