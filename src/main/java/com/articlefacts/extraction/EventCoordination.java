package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/** Lists of actors and targets: one event for each party a list names, and the whole a party acts as part of. */
final class EventCoordination {

    private final EventContext context;
    private final ArgumentChains chains;
    private final Parse parse;

    EventCoordination(EventContext context, ArgumentChains chains) {
        this.context = context;
        this.chains = chains;
        this.parse = context.parse;
    }

    /**
     * The event and the same event by each further party a list names beside its actor ("The UK and its allies
     * attacked") or to each further named target ("attacks on Aleppo and Daraya"); targets the list does not
     * name ("hospitals, schools and markets") are one phrase. Where both sides do it to each other ("Britain
     * and France met"), a list of actors with no target is one event between the first two, and one between
     * the first and each further party.
     */
    List<EventDraft> coordinated(EventDraft draft) {
        FactLexicon.EventType type = context.vocabulary.type(draft.type());
        Integer actorToken = draft.actorToken();
        // a list before the trigger ends there; after it ("aided by Turkey and the coalition") it ends itself
        List<Integer> actors = actorToken == null ? List.of() : listed(actorToken,
                parse.token(actorToken).span().begin() < draft.trigger().begin() ? draft.trigger() : null);
        EventDraft first = draft;
        if (type.reciprocal() && draft.targetPhrase() == null && !actors.isEmpty()) {
            int other = actors.get(0);
            String entity = context.entityOf(other);
            if (entity != null ? !entity.equals(draft.actor()) && !context.isPlace(entity) : context.isOfficeHead(other)
                    || context.isForceHead(other)) {
                first = draft.withTarget(entity, parse.nounPhrase(other));
                actors = actors.subList(1, actors.size());
            }
        }
        List<EventDraft> all = new ArrayList<>(List.of(first));
        Integer whole = draft.actor() == null ? null : chains.wholeActedFor(draft.head());
        String wholeEntity = context.entityOf(whole);
        if (wholeEntity != null && !wholeEntity.equals(draft.actor()) && !wholeEntity.equals(draft.target())
                && (!type.armedActor() || context.canUseForce(wholeEntity, whole))) {
            all.add(draft.withActor(whole, wholeEntity, parse.nounPhrase(whole))); // "the UK, as part of the coalition"
        }
        boolean pairs = first != draft;
        if (draft.actor() != null || pairs) {
            for (int conjunct : actors) {
                String entity = context.entityOf(conjunct);
                boolean unnamed = entity == null && (context.isForceHead(conjunct)
                        || (!type.armedActor() && context.isOfficeHead(conjunct))); // "the RAF and other forces"
                if (unnamed || entity != null && !entity.equals(draft.actor()) && !entity.equals(first.target())
                        && !context.isPlace(entity) && (!type.armedActor() || context.canUseForce(entity, conjunct))
                        && all.stream().noneMatch(d -> entity.equals(d.actor()))) {
                    EventDraft more = draft.withActor(conjunct, entity, parse.nounPhrase(conjunct));
                    all.add(pairs ? more.withTarget(draft.actor(), draft.actorPhrase()) : more);
                }
            }
        }
        if (draft.targetToken() != null && draft.targetPhrase() != null) {
            EventDraft byFirst = all.get(0);
            Span phrase = draft.targetPhrase();
            List<Integer> members = new ArrayList<>(listed(draft.targetToken(), null));
            if (type.violent()) {
                // the victims: "civilians, including children", "cities such as Aleppo" (of a meeting, topics)
                members.addAll(parse.children(draft.targetToken(), "nmod:including"));
                members.addAll(parse.children(draft.targetToken(), "nmod:such_as"));
            }
            for (int conjunct : members) {
                String entity = context.entityOf(conjunct);
                if (entity == null) {
                    phrase = new Span(phrase.begin(), parse.nounPhrase(conjunct).end());
                } else if (!entity.equals(byFirst.actor()) && !entity.equals(byFirst.target())) {
                    EventDraft more = byFirst.withTarget(entity, parse.nounPhrase(conjunct));
                    boolean placedByTarget = byFirst.target() != null && byFirst.target().equals(byFirst.place());
                    all.add(placedByTarget && context.isPlace(entity) ? more.withPlace(entity) : more);
                }
            }
            all.set(0, byFirst.withTargetPhrase(phrase));
        }
        return all;
    }

    /**
     * The further conjuncts of a phrase that form a list with it, "A, B and C" or "A as well as B", not a
     * clause the parser joined to it; before the trigger, when one is given.
     */
    private List<Integer> listed(int head, @Nullable Span before) {
        List<Integer> found = new ArrayList<>();
        Span previous = parse.nounPhrase(head);
        for (int conjunct : membersAfter(head)) {
            Span phrase = parse.nounPhrase(conjunct);
            previous = withModifiersBefore(head, previous, phrase.begin());
            boolean listed = phrase.begin() >= previous.end() && (before == null || phrase.end() <= before.begin())
                    && parse.token(conjunct).isNoun()
                    && context.text.substring(previous.end(), phrase.begin())
                            .replaceAll("(?i)[\\s,]|\\band\\b|\\bor\\b|\\bas well as\\b", "").isEmpty();
            previous = phrase;
            if (listed) {
                found.add(conjunct);
            }
        }
        return found;
    }

    /**
     * The phrases coordinated with a head, in order: its conjuncts, and appositions that end in "and" or "or",
     * where the parser read "A, B and C" as B and C in apposition to A.
     */
    private List<Integer> membersAfter(int head) {
        TreeSet<Integer> members = new TreeSet<>(parse.children(head, "conj"));
        List<Integer> appositions = parse.children(head, "appos");
        boolean list = appositions.stream().anyMatch(a -> parse.children(a, "cc").stream()
                .anyMatch(cc -> List.of("and", "or").contains(parse.lemma(cc))));
        if (list) {
            members.addAll(appositions);
        }
        return List.copyOf(members);
    }

    /**
     * A list member's phrase with what qualifies it before the next member begins: "the Government of Iraq and
     * the Iraqi people", "our ally Turkey and our coalition".
     */
    private Span withModifiersBefore(int head, Span phrase, int next) {
        int end = phrase.end();
        for (Dependency dependency : parse.children(head)) {
            String relation = dependency.relation();
            if (relation.startsWith("nmod") || relation.equals("appos")) {
                Span modifier = parse.subtree(dependency.dependent(), EventContext.SKIP_CLAUSES);
                if (modifier.begin() >= end && modifier.end() <= next) {
                    end = Math.max(end, modifier.end());
                }
            }
        }
        return new Span(phrase.begin(), end);
    }
}
