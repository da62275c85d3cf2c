package com.articlefacts.extraction;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An event as the sentence gives it, before the document-level stages complete it: its trigger's head token and
 * the tokens of its actor and target (indices into {@link Layers#TOKENS}), the entities they name, and the rules
 * that bound them.
 */
record EventDraft(String type, int head, @Nullable Integer actorToken, @Nullable String actor,
        @Nullable Span actorPhrase, @Nullable String target, @Nullable Span targetPhrase,
        @Nullable Integer targetToken, @Nullable String place, @Nullable String date, List<Event.Party> parties,
        Span trigger, Span evidence, List<String> rules) {

    EventDraft withActor(@Nullable Integer token, @Nullable String entity, @Nullable Span phrase) {
        return new EventDraft(type, head, token, entity, phrase, target, targetPhrase, targetToken, place, date,
                parties, trigger, evidence, rules);
    }

    EventDraft withActorOf(EventDraft other) {
        return withActor(other.actorToken, other.actor, other.actorPhrase);
    }

    EventDraft withPlace(@Nullable String entity) {
        return new EventDraft(type, head, actorToken, actor, actorPhrase, target, targetPhrase, targetToken, entity,
                date, parties, trigger, evidence, rules);
    }

    EventDraft withTargetPhrase(Span phrase) {
        return new EventDraft(type, head, actorToken, actor, actorPhrase, target, phrase, targetToken, place, date,
                parties, trigger, evidence, rules);
    }

    EventDraft withTarget(@Nullable String entity, @Nullable Span phrase) {
        return new EventDraft(type, head, actorToken, actor, actorPhrase, entity, phrase, null, place, date, parties,
                trigger, evidence, rules);
    }
}
