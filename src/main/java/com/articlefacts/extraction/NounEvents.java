package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Events whose trigger is a noun ("air strikes on Idlib", "talks between Kyiv and Moscow", "the Iran-Iraq war"):
 * the actor from the noun's modifiers and phrases as the patterns bind them, else its owner; the target from its
 * phrases, else the victims of the clause it is the means of ("killed in an air strike").
 */
final class NounEvents {

    private final EventContext context;
    private final ArgumentChains chains;
    private final EventDrafts drafts;
    private final Parse parse;
    private final Words words;

    NounEvents(EventContext context, ArgumentChains chains, EventDrafts drafts) {
        this.context = context;
        this.chains = chains;
        this.drafts = drafts;
        this.parse = context.parse;
        this.words = context.words;
    }

    @Nullable EventDraft byNoun(int noun) {
        List<String> rules = new ArrayList<>();
        FactLexicon.Trigger trigger = null;
        Integer helper = chains.helperOf(noun);
        for (FactLexicon.Trigger candidate : context.vocabulary.triggers(parse.lemma(noun))) {
            if (candidate.noun() && (candidate.modifiers() == null || !modifiersIn(parse, noun, candidate).isEmpty())
                    && (candidate.prepositions() == null || candidate.prepositions().stream()
                            .anyMatch(p -> !parse.children(noun, "nmod:" + p).isEmpty())
                            || (candidate.partyTarget() && helper != null))) {
                trigger = candidate;
                break;
            }
        }
        Dependency governor = parse.governor(noun);
        if (trigger == null || (governor != null && governor.relation().equals("compound"))) {
            return null;
        }
        if (helper != null && trigger.partyTarget() && governor != null) {
            // "captured by the battalion with the aid of intelligence officers": the officers aided the battalion
            int clause = governor.governor();
            Integer helped = parse.child(clause, "nsubj:pass") != null ? context.actorBound(clause, rules)
                    : chains.subjectOf(clause);
            rules.add("code:helper");
            return drafts.draft(trigger, noun, parse.token(noun).span(), context.entityOf(helper), helper,
                    context.entityOf(helped), helped, List.of(noun, clause), rules);
        }
        Integer actorToken = null;
        String actor = null;
        String actorRule = null;
        for (ArgumentPatterns.Binding binding : context.bound(noun, ArgumentPattern.ACTOR, true)) {
            int dependent = binding.argument();
            if (actor == null) {
                String entity = context.entityOf(dependent);
                if (entity != null) {
                    actor = entity;
                    actorToken = dependent;
                    actorRule = binding.pattern().name();
                } else if (binding.pattern().unnamedForce() && actorToken == null && context.isForceHead(dependent)) {
                    actorToken = dependent;
                    actorRule = binding.pattern().name();
                }
            }
        }
        if (actorRule != null) {
            rules.add(actorRule);
        }
        if (actor == null) {
            // a name just after "by" or "from" where the parser hung the phrase elsewhere ("sniper fire from regime
            // areas" read as fire from the verb's clause)
            actor = context.entityAfterPreposition(noun, Set.of("from", "by"));
            if (actor != null) {
                note(rules, "code:name-after-by-from");
            }
        }
        if (actor == null) {
            Integer agent = chains.agentOfParticipleOn(noun);
            if (agent != null && context.entityOf(agent) != null) {
                actorToken = agent; // "a raid conducted by the US military"
                actor = context.entityOf(agent);
                rules.add("code:participle-agent");
            }
        }
        if (actor == null && actorToken == null) {
            actorToken = chains.ownerOf(noun);
            actor = context.entityOf(actorToken);
            if (actorToken != null) {
                note(rules, "code:owner");
            }
        }
        Integer clause = chains.clauseOfPhrase(noun);
        if (actor == null && actorToken == null && context.vocabulary.type(trigger.type()).reciprocal()
                && (!parse.children(noun, "nmod:with").isEmpty() || !parse.children(noun, "obl:with").isEmpty())
                && clause != null) {
            // "withdrew after (days of) heavy fighting with Tigrayan forces": the clause's subject was the other side
            actorToken = chains.subjectOf(clause);
            actor = context.entityOf(actorToken);
            if (actorToken != null) {
                note(rules, "code:other-side-of-with");
            }
        }
        if (actor == null && actorToken == null) {
            for (int modifier : parse.children(noun, "compound")) {
                if (context.isForceHead(modifier)) {
                    actorToken = modifier; // "coalition operations against Da'esh"
                    note(rules, "code:force-compound");
                }
            }
        }
        Integer targetToken = null;
        String target = null;
        String targetRule = null;
        for (ArgumentPatterns.Binding binding : context.bound(noun, ArgumentPattern.TARGET, true)) {
            if (target == null) {
                target = context.entityOf(binding.argument());
                targetToken = binding.argument();
                targetRule = binding.pattern().name();
            }
        }
        if (targetRule != null) {
            rules.add(targetRule);
        }
        boolean violent = context.vocabulary.type(trigger.type()).violent();
        if (targetToken == null && governor != null && governor.governor() >= 0 && violent) {
            int verb = governor.governor();
            if (List.of("obl:in", "obl:agent", "obl:by").contains(governor.relation()) && context.isHarmVerb(verb)) {
                // "he was killed in a raid by ...", "the city was reduced to rubble by regime bombardment", "killed
                // a commander in a drone strike"
                targetToken = parse.child(verb, "nsubj:pass");
                if (targetToken == null && context.isCasualtyVerb(verb)) {
                    targetToken = parse.child(verb, "obj");
                }
                if (targetToken != null) {
                    note(rules, "code:victim-of-the-means");
                }
            } else if (governor.relation().equals("obj") && ArgumentChains.LIGHT_VERBS.contains(parse.lemma(verb))) {
                for (String relation : List.of("obl:on", "obl:against")) {
                    for (int dependent : parse.children(verb, relation)) {
                        if (targetToken == null && dependent > noun && !context.isTemporal(dependent)) {
                            targetToken = dependent; // "on 5 November began their assault on Karabilah"
                            note(rules, "code:light-verb-on");
                        }
                    }
                }
            }
            target = context.entityOf(targetToken);
        }
        int first = noun;
        if (trigger.modifiers() != null) {
            for (int modifier : modifiersIn(parse, noun, trigger)) {
                first = Math.min(first, modifier);
            }
        }
        Span triggerSpan = new Span(parse.token(first).span().begin(), parse.token(noun).span().end());
        List<Integer> holders = governor != null && governor.governor() >= 0 ? List.of(noun, governor.governor())
                : List.of(noun);
        List<EntityMention> sides = actorToken == null || target != null
                || !context.vocabulary.type(trigger.type()).reciprocal() ? List.of() : context.sidesIn(actorToken);
        if (sides.size() == 2) {
            target = sides.get(1).entityKey();
            targetToken = actorToken;
        }
        EventDraft draft = drafts.draft(trigger, noun, triggerSpan, actor, actorToken, target, targetToken, holders,
                rules);
        if (draft != null && sides.size() == 2) {
            // "the Iran-Iraq war": one side, then the other, in one word
            return draft.withActor(actorToken, sides.get(0).entityKey(), sides.get(0).span())
                    .withTarget(sides.get(1).entityKey(), sides.get(1).span());
        }
        return draft;
    }

    private static List<Integer> modifiersIn(Parse parse, int noun, FactLexicon.Trigger trigger) {
        List<Integer> found = new ArrayList<>();
        for (String relation : List.of("compound", "amod")) {
            for (int modifier : parse.children(noun, relation)) {
                if (trigger.modifiers() != null && trigger.modifiers().contains(parse.lemma(modifier)
                        .toLowerCase(Locale.ROOT))) {
                    found.add(modifier);
                }
            }
        }
        return found;
    }

    /** Notes the rule that chose an argument, once. */
    private static void note(List<String> rules, String rule) {
        if (!rules.contains(rule)) {
            rules.add(rule);
        }
    }
}
