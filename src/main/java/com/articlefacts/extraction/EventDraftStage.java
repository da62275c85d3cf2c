package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Events as each sentence gives them: who did what to whom, where and when, typed by a vocabulary modelled on
 * ACLED's event types and CAMEO's verbal events. A trigger from {@code kb/event-triggers.json} (a verb, with the
 * object, particle or phrase it needs, or a noun, with the modifier it needs) gives the type ({@link VerbEvents},
 * {@link NounEvents}); the named patterns of {@code kb/event-patterns.json} and the chains of
 * {@link ArgumentChains} attach the actor, target and place; {@link EventDrafts} keeps figures of speech out; a
 * list of parties makes one event each ({@link EventCoordination}). Requires {@link Layers#TOKENS},
 * {@link Layers#DEPENDENCIES}, {@link Layers#SENTENCES}, {@link Layers#ENTITIES}, {@link Layers#MENTIONS} and
 * {@link Layers#DATES}; provides {@link Layers#EVENT_DRAFTS}, in the order of their triggers.
 */
final class EventDraftStage implements Stage {

    private final EventVocabulary vocabulary;

    EventDraftStage(EventVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public Set<Layer<?>> requires() {
        return EventContext.LAYERS;
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.EVENT_DRAFTS);
    }

    @Override
    public Document apply(Document doc) {
        EventContext context = new EventContext(doc, vocabulary);
        ArgumentChains chains = new ArgumentChains(context);
        EventDrafts checks = new EventDrafts(context, new EventSetting(context, chains));
        VerbEvents verbs = new VerbEvents(context, chains, checks);
        NounEvents nouns = new NounEvents(context, chains, checks);
        EventCoordination coordination = new EventCoordination(context, chains);
        List<EventDraft> drafts = new ArrayList<>();
        Set<Integer> absorbed = new HashSet<>();
        for (Token token : context.parse.tokens()) {
            if (absorbed.contains(token.index())) {
                continue;
            }
            EventDraft draft = token.pos().startsWith("VB") ? verbs.byVerb(token.index(), absorbed)
                    : token.pos().startsWith("NN") ? nouns.byNoun(token.index()) : null;
            if (draft == null && chains.isGerundSubject(token.index())) {
                draft = nouns.byNoun(token.index()); // "Fighting erupted between ..."
            }
            if (draft != null) {
                drafts.addAll(coordination.coordinated(draft));
            }
        }
        drafts.sort(Comparator.comparing(EventDraft::trigger));
        return doc.with(Layers.EVENT_DRAFTS, List.copyOf(drafts));
    }
}
