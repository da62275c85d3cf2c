package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the event stages read from the data files, compiled once per extractor: the triggers by lemma, the event
 * types and cues of {@code kb/event-triggers.json}, the argument patterns of {@code kb/event-patterns.json}, the
 * word lists and the knowledge base.
 */
final class EventVocabulary {

    final KnowledgeBase kb;
    final Words words;
    final FactLexicon lexicon;
    final ArgumentPatterns patterns;
    private final Map<String, List<FactLexicon.Trigger>> triggersByLemma = new HashMap<>();

    EventVocabulary(KnowledgeBase kb, FactLexicon lexicon) {
        this.kb = kb;
        this.words = kb.words();
        this.lexicon = lexicon;
        for (FactLexicon.Trigger trigger : lexicon.triggers()) {
            triggersByLemma.computeIfAbsent(trigger.lemma(), k -> new ArrayList<>()).add(trigger);
        }
        this.patterns = ArgumentPatterns.of(lexicon, words);
    }

    /** The triggers of a lemma, in the file's order. */
    List<FactLexicon.Trigger> triggers(String lemma) {
        return triggersByLemma.getOrDefault(lemma, List.of());
    }

    boolean isTrigger(String lemma) {
        return triggersByLemma.containsKey(lemma);
    }

    FactLexicon.EventType type(String name) {
        return lexicon.eventType(name);
    }
}
