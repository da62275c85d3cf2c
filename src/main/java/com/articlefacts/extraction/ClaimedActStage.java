package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Acts named twice and acts claimed: "the attack" that a group claims responsibility for, shortly after a violent
 * act with no named actor, is that act, which gains the group as its actor; a bare claim ("Islamic State claimed
 * responsibility") gives the act before it its actor too. Requires {@link Layers#EVENT_DRAFTS} and what
 * {@link EventContext} reads; provides {@link Layers#EVENT_DRAFTS}, refined.
 */
final class ClaimedActStage implements Stage {

    private static final Set<String> DEFINITE = Set.of("the", "this", "that");

    private final EventVocabulary vocabulary;

    ClaimedActStage(EventVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public Set<Layer<?>> requires() {
        Set<Layer<?>> layers = new HashSet<>(EventContext.LAYERS);
        layers.add(Layers.EVENT_DRAFTS);
        return Set.copyOf(layers);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.EVENT_DRAFTS);
    }

    @Override
    public Document apply(Document doc) {
        EventContext context = new EventContext(doc, vocabulary);
        List<EventDraft> drafts = withClaimedActs(doc.get(Layers.EVENT_DRAFTS), context, new ArgumentChains(context));
        return doc.with(Layers.EVENT_DRAFTS, List.copyOf(drafts));
    }

    /**
     * An act named again with "the" ("A suicide bomber blew himself up ... Al-Shabaab claimed responsibility for
     * the attack") is the violent event before it, in its sentence or the two before, when that one names no
     * actor (or only an unnamed one, "a gunman"): it gains the actor, and the second mention is no event of its
     * own. A bare claim ("Islamic State claimed responsibility") gives that event its actor too.
     */
    private static List<EventDraft> withClaimedActs(List<EventDraft> drafts, EventContext context,
            ArgumentChains chains) {
        Parse parse = context.parse;
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft draft : drafts) {
            int previous = out.size() - 1;
            EventDraft before = previous < 0 ? null : out.get(previous);
            boolean anaphor = before != null && isDefiniteActNoun(draft, context) && draft.actor() != null
                    && draft.targetPhrase() == null && context.vocabulary.type(before.type()).violent()
                    && before.actor() == null
                    && parse.token(draft.head()).sentence() - parse.token(before.head()).sentence() <= 2;
            if (anaphor) {
                out.set(previous, before.withActorOf(draft));
            } else {
                out.add(draft);
            }
        }
        for (Token token : parse.tokens()) {
            Integer claimant = bareClaimant(token.index(), context, chains);
            String entity = claimant == null ? null : context.entityOf(claimant);
            if (entity == null || !context.canUseForce(entity, claimant)) {
                continue;
            }
            for (int d = out.size() - 1; d >= 0; d--) {
                EventDraft act = out.get(d);
                // unnamed doers ("a gunman") act for the group that claims them
                if (act.head() < token.index() && context.vocabulary.type(act.type()).violent() && act.actor() == null
                        && token.sentence() - parse.token(act.head()).sentence() <= 2) {
                    out.set(d, act.withActor(claimant, entity, parse.nounPhrase(claimant)));
                    break;
                }
            }
        }
        return out;
    }

    /** Who "claimed responsibility" with no "for": the act is the one told before ("Islamic State claimed it"). */
    private static @Nullable Integer bareClaimant(int verb, EventContext context, ArgumentChains chains) {
        Parse parse = context.parse;
        Words words = context.words;
        if (!words.contains("claimVerbs", parse.lemma(verb))) {
            return null;
        }
        Integer object = parse.child(verb, "obj");
        boolean bare = object != null && words.contains("claimNouns", parse.lemma(object))
                && parse.children(object, "nmod:for").isEmpty() && parse.children(verb, "obl:for").isEmpty();
        return bare ? chains.subjectOf(verb) : null;
    }

    private static boolean isDefiniteActNoun(EventDraft draft, EventContext context) {
        Parse parse = context.parse;
        int head = draft.head();
        return parse.token(head).isNoun() && context.vocabulary.type(draft.type()).violent()
                && parse.children(head, "det").stream().anyMatch(d -> DEFINITE.contains(parse.lemma(d)));
    }
}
