package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The events of the document, from its drafts: each with the people its sentence reports killed or injured, the
 * attribution whose claim holds it ("reported", or "alleged" by a cue that only alleges; "asserted" when the text
 * says it itself), and ACLED's event and sub-event type. Requires {@link Layers#TOKENS},
 * {@link Layers#DEPENDENCIES}, {@link Layers#SENTENCES}, {@link Layers#ENTITIES}, {@link Layers#MENTIONS},
 * {@link Layers#DATES}, {@link Layers#ATTRIBUTIONS} and {@link Layers#EVENT_DRAFTS}; provides
 * {@link Layers#EVENTS}.
 */
final class EventStage implements Stage {

    private final EventVocabulary vocabulary;

    EventStage(EventVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public Set<Layer<?>> requires() {
        Set<Layer<?>> layers = new HashSet<>(EventContext.LAYERS);
        layers.addAll(List.of(Layers.ATTRIBUTIONS, Layers.EVENT_DRAFTS));
        return Set.copyOf(layers);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.EVENTS);
    }

    @Override
    public Document apply(Document doc) {
        EventContext context = new EventContext(doc, vocabulary);
        CasualtyCounts casualtyCounts = new CasualtyCounts(context.parse, token -> {
            String entity = context.entityOf(token);
            return entity != null && !context.isPlace(entity) ? entity : null;
        });
        List<Attribution> attributions = doc.get(Layers.ATTRIBUTIONS);
        List<EventDraft> drafts = doc.get(Layers.EVENT_DRAFTS);
        List<Event> events = new ArrayList<>();
        for (EventDraft draft : drafts) {
            FactLexicon.EventType type = vocabulary.type(draft.type());
            Attribution attribution = attributionOf(draft.trigger(), attributions, context.sentences);
            String certainty = attribution == null ? Event.ASSERTED
                    : isAlleging(attribution) ? Event.ALLEGED : Event.REPORTED;
            List<String> acled = acledTypes(context, type, draft.actor(), draft.target());
            events.add(new Event("e" + (events.size() + 1), draft.type(), acled.get(0), acled.get(1), type.cameo(),
                    draft.actor(), draft.actorPhrase(), draft.target(), draft.targetPhrase(), draft.place(),
                    draft.date(), draft.parties(), casualtiesOf(draft, drafts, context, casualtyCounts),
                    draft.trigger(), draft.evidence(), attribution == null ? null : attribution.id(), certainty,
                    draft.rules()));
        }
        return doc.with(Layers.EVENTS, List.copyOf(events));
    }

    private boolean isAlleging(Attribution attribution) {
        FactLexicon.Cues cues = vocabulary.lexicon.cues();
        return cues.allegingVerbs().contains(attribution.cueWord())
                || "claims".equals(cues.adverbs().get(attribution.cueWord()))
                || "claims".equals(cues.reportNouns().get(attribution.cueWord()));
    }

    /** ACLED's event and sub-event type: the type's own, or its variant for an armed target or a state's action. */
    private static List<@Nullable String> acledTypes(EventContext context, FactLexicon.EventType type,
            @Nullable String actor, @Nullable String target) {
        if (type.againstArmed() != null && target != null && context.canUseForce(target, null)) {
            return type.againstArmed();
        }
        if (type.byState() != null && actor != null && context.isState(actor)) {
            return type.byState();
        }
        return Arrays.asList(type.acledEventType(), type.acledSubEventType());
    }

    /**
     * The people the event's sentence reports killed or injured: a casualty word ("killed", "wounded",
     * "deaths") and the people it counts, with their number where the text gives one. A casualty word that is
     * another event's trigger belongs to that event; the rest go to the sentence's first violent event.
     */
    private List<Event.Casualty> casualtiesOf(EventDraft draft, List<EventDraft> all, EventContext context,
            CasualtyCounts casualtyCounts) {
        Parse parse = context.parse;
        Words words = vocabulary.words;
        int sentence = parse.token(draft.head()).sentence();
        EventDraft owner = null;
        for (EventDraft other : all) {
            if (parse.token(other.head()).sentence() == sentence && vocabulary.type(other.type()).violent()) {
                owner = other;
                break;
            }
        }
        List<Event.Casualty> casualties = new ArrayList<>();
        Sentence s = context.sentences.get(sentence);
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            String kind = words.contains("fatalityWords", parse.lemma(i)) ? Event.Casualty.KILLED
                    : words.contains("injuryWords", parse.lemma(i)) ? Event.Casualty.INJURED : null;
            if (kind == null) {
                continue;
            }
            int word = i;
            EventDraft claimant = all.stream().filter(d -> d.head() == word).findFirst().orElse(owner);
            if (claimant != draft) {
                continue;
            }
            Event.Casualty casualty = casualtyCounts.casualty(i, kind);
            if (casualty != null) {
                casualties.add(casualty);
            }
        }
        return casualties;
    }

    /** The attribution whose claim holds the trigger, else one of its sentence whose cue does not hold it. */
    private static @Nullable Attribution attributionOf(Span trigger, List<Attribution> attributions,
            List<Sentence> sentences) {
        for (Attribution attribution : attributions) {
            if (attribution.claim().contains(trigger)) {
                return attribution;
            }
        }
        for (Sentence sentence : sentences) {
            if (sentence.span().contains(trigger)) {
                for (Attribution attribution : attributions) {
                    if (sentence.span().contains(attribution.cue()) && !attribution.cue().overlaps(trigger)) {
                        return attribution;
                    }
                }
            }
        }
        return null;
    }
}
