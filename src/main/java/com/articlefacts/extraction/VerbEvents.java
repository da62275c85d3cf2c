package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Events whose trigger is a verb ("shelled", "opened an air base", "fell to"): the verb's sense from its object,
 * particle or preposition; the actor from its subject (through {@link ArgumentChains}) or, in the passive, from the
 * patterns; the target from its object or the patterns; control of a place taken from a party.
 */
final class VerbEvents {

    private final EventContext context;
    private final ArgumentChains chains;
    private final EventDrafts drafts;
    private final Parse parse;
    private final Words words;

    VerbEvents(EventContext context, ArgumentChains chains, EventDrafts drafts) {
        this.context = context;
        this.chains = chains;
        this.drafts = drafts;
        this.parse = context.parse;
        this.words = context.words;
    }

    @Nullable EventDraft byVerb(int verb, Set<Integer> absorbed) {
        List<String> rules = new ArrayList<>();
        FactLexicon.Trigger trigger = null;
        Integer triggerObject = null;
        for (FactLexicon.Trigger candidate : context.vocabulary.triggers(parse.lemma(verb))) {
            if (candidate.noun() || !hasParticle(parse, verb, candidate.particle())
                    || !hasPreposition(parse, verb, candidate.prepositions())
                    || (candidate.intransitive()
                            && (parse.child(verb, "ccomp") != null || parse.child(verb, "obj") != null))) {
                continue;
            }
            if (candidate.objects() == null) {
                trigger = candidate;
                break;
            }
            Integer object = objectIn(parse, verb, candidate.objects());
            if (object != null) {
                trigger = candidate;
                triggerObject = object;
                break;
            }
        }
        if (trigger == null || isNegated(parse, verb) || chains.isOutcomeOfAct(verb)) {
            return null;
        }
        Integer described = chains.describedByParticiple(verb);
        if (described == null) {
            described = chains.subjectOfSmallClause(verb);
        }
        boolean passive = parse.child(verb, "nsubj:pass") != null || described != null;
        Integer subject = passive ? context.actorBound(verb, rules) : activeSubject(verb, rules);
        Integer modified = chains.nounModifiedByGerund(verb);
        if (modified != null && subject == null) {
            subject = chains.subjectOfClauseHolding(modified); // "the UK is committed to defeating ISIL"
        }
        String actor = subject == null ? null : context.entityOf(subject);
        if (actor == null && subject == null && !passive) {
            actor = context.entityJustBefore(verb);
        }
        if (actor == null && subject != null && !passive
                && context.isNounOf(subject, t -> context.vocabulary.type(t.type()).violent())) {
            Integer agent = chains.agentOfParticipleOn(subject); // "attacks, claimed by Daesh, killed 35"
            if (agent != null && context.entityOf(agent) != null) {
                subject = agent;
                actor = context.entityOf(agent);
            }
        }
        Argument done = !passive ? Argument.NONE : described != null
                ? new Argument(described, "code:participle-described") : slot(verb, ArgumentPattern.PASSIVE);
        if (trigger.actorPreposition() != null) {
            // "Mosul fell to ISIL", "the army lost Palmyra to ISIL": the subject lost, the party after "to" won
            done = new Argument(subject, "code:subject-lost");
            subject = parse.child(verb, "obl:" + trigger.actorPreposition());
            actor = context.entityOf(subject);
        }
        Argument object = modified != null ? new Argument(modified, "code:gerund-object")
                : slot(verb, ArgumentPattern.ACTIVE);
        if (object.token() == null) {
            object = new Argument(sharedObject(parse, verb), "code:shared-object");
        }
        if (object.token() == null) {
            object = new Argument(strandedObject(parse, verb), "code:stranded-object");
        }
        if (done.token() == null && object.token() != null && !object.token().equals(triggerObject)
                && !trigger.topicObject()) {
            done = object;
        }
        Integer targetToken = done.token();
        String target = targetToken == null ? null : context.entityOf(targetToken);
        if (targetToken != null) {
            rules.add(done.rule());
        }
        for (int holder : triggerObject == null ? List.of(verb) : List.of(triggerObject, verb)) {
            for (ArgumentPatterns.Binding binding : context.bound(holder, ArgumentPattern.TARGET, false)) {
                if (target == null && (targetToken == null || binding.pattern().overridesObject())) {
                    targetToken = binding.argument();
                    target = context.entityOf(binding.argument());
                    rules.add(binding.pattern().name());
                }
            }
        }
        if (targetToken != null && words.contains("controlNouns", parse.lemma(targetToken))) {
            for (String relation : List.of("nmod:of", "nmod:over")) {
                Integer controlled = parse.child(targetToken, relation);
                if (controlled != null) {
                    targetToken = controlled; // "seized control of the provincial capital of Kunduz"
                    target = context.entityOf(controlled);
                    break;
                }
            }
        }
        Integer loser = targetToken == null ? null : partyFrom(verb, targetToken, target);
        if (loser != null) {
            targetToken = loser; // "liberated the town from ISIL": done against ISIL, in the town
            target = context.entityOf(loser);
        }
        Span triggerSpan = span(parse, verb, triggerObject);
        EventDraft draft = drafts.draft(trigger, verb, triggerSpan, actor, subject, target, targetToken,
                chains.clausesOf(verb), rules);
        if (draft != null && triggerObject != null) {
            absorbed.add(triggerObject);
        }
        return draft;
    }

    /** A word the rules chose for an argument and the rule that chose it. */
    private record Argument(@Nullable Integer token, @Nullable String rule) {
        static final Argument NONE = new Argument(null, null);
    }

    /** The subject of an active verb: its own, as the slot pattern binds it, else through a chain of clauses. */
    private @Nullable Integer activeSubject(int verb, List<String> rules) {
        ArgumentPatterns.Binding own = context.slot(verb, ArgumentPattern.ACTOR, ArgumentPattern.ACTIVE);
        if (own != null) {
            rules.add(own.pattern().name());
            return own.argument();
        }
        Integer subject = chains.subjectOf(verb);
        if (subject != null) {
            rules.add("code:subject");
        }
        return subject;
    }

    /** The verb's own target in the voice: its object, or its passive subject. */
    private Argument slot(int verb, String voice) {
        ArgumentPatterns.Binding own = context.slot(verb, ArgumentPattern.TARGET, voice);
        return own == null ? Argument.NONE : new Argument(own.argument(), own.pattern().name());
    }

    /**
     * When the verb's object is a place, the party a "from" phrase names that can use force: the side the act took
     * the place from.
     */
    private @Nullable Integer partyFrom(int verb, int object, @Nullable String objectEntity) {
        boolean place = words.contains("settlementNouns", context.parse.lemma(object))
                || (objectEntity != null && context.isPlace(objectEntity)) || context.isPlaceToken(object);
        if (!place) {
            return null;
        }
        for (int from : context.parse.children(verb, "obl:from")) {
            String party = context.entityOf(from);
            if (party != null && !context.isPlace(party) && context.canUseForce(party, from)) {
                return from;
            }
        }
        return null;
    }

    /** The object whose lemma the trigger needs, or the "with" phrase that holds it ("provided them with arms"). */
    private static @Nullable Integer objectIn(Parse parse, int verb, List<String> lemmas) {
        Integer object = parse.child(verb, "obj");
        if (object != null && lemmas.contains(parse.lemma(object))) {
            return object;
        }
        for (String relation : List.of("obl:with", "obl:to", "obl:on")) { // "provide them with", "agreed to a truce"
            for (int dependent : parse.children(verb, relation)) {
                if (lemmas.contains(parse.lemma(dependent))) {
                    return dependent;
                }
            }
        }
        return null;
    }

    private static boolean hasParticle(Parse parse, int verb, @Nullable String particle) {
        if (particle == null) {
            return true;
        }
        Integer found = parse.child(verb, "compound:prt");
        return found != null && parse.lemma(found).equals(particle);
    }

    private static boolean hasPreposition(Parse parse, int verb, @Nullable List<String> prepositions) {
        return prepositions == null || prepositions.stream().anyMatch(p -> !parse.children(verb, "obl:" + p).isEmpty());
    }

    private static boolean isNegated(Parse parse, int verb) {
        for (int modifier : parse.children(verb, "advmod")) {
            String word = parse.lemma(modifier);
            if (word.equals("not") || word.equals("never")) {
                return true;
            }
        }
        Integer subject = parse.child(verb, "nsubj");
        return subject != null && parse.children(subject, "det").stream().anyMatch(d -> parse.lemma(d).equals("no"));
    }

    /** In "kidnapped and killed 11 people", the object of both verbs: the first's, when it follows the second. */
    private static @Nullable Integer sharedObject(Parse parse, int verb) {
        Integer first = parse.conjunctOf(verb); // "efforts to degrade and defeat Daesh": also a clause of "efforts"
        if (first == null || first > verb) {
            return null;
        }
        Integer object = parse.child(first, "obj");
        return object != null && object > verb ? object : null;
    }

    /**
     * The object the parser gave the clause a gerund hangs from ("committed to destroying the forces" parsed as
     * "committed the forces"), when it follows the gerund: a passive clause has no object of its own.
     */
    private static @Nullable Integer strandedObject(Parse parse, int gerund) {
        Dependency governor = parse.governor(gerund);
        if (!parse.token(gerund).pos().equals("VBG") || governor == null || governor.governor() < 0
                || !governor.relation().startsWith("obl") || parse.child(governor.governor(), "aux:pass") == null) {
            return null;
        }
        Integer object = parse.child(governor.governor(), "obj");
        return object != null && object > gerund ? object : null;
    }

    private static Span span(Parse parse, int verb, @Nullable Integer object) {
        int end = parse.token(verb).span().end();
        Integer particle = parse.child(verb, "compound:prt");
        if (particle != null) {
            end = Math.max(end, parse.token(particle).span().end());
        }
        if (object != null) {
            end = Math.max(end, parse.token(object).span().end());
        }
        return new Span(parse.token(verb).span().begin(), end);
    }
}
