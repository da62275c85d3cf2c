package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Events: who did what to whom, where and when, typed by a vocabulary modelled on ACLED's event types and CAMEO's
 * verbal events. A trigger from {@code kb/event-triggers.json} (a verb, with the object, particle or phrase it
 * needs, or a noun, with the modifier it needs) gives the type; the dependency parse gives the actor (subject,
 * passive agent, the noun a relative clause describes, the subject of the verb a controlled verb depends on, or a
 * noun's modifier or "by"/"from" phrase), the target (object, passive subject, "on"/"against"/"at" phrase) and the
 * place and date attached to it; each resolves to an entity through the mentions found earlier. The constraints
 * that keep figures of speech out: an event without a named actor is dropped unless its trigger stands alone (a
 * truce, a car bomb); a violent or military event needs an actor that can use force (a state, its forces, an
 * armed group); a violent verb whose object is an abstract noun ("attacked the plan") is no event; a sentence with
 * a match score holds no violent event. The place is the one the sentence attaches, else "the city" the article
 * is about, else the one an earlier sentence of the paragraph puts the action in, else (for violent events) the
 * place of the violent event before it. Casualties are counted from the sentence. An event inside a reported claim
 * is "reported" (or "alleged") and links its attribution. Requires {@link Layers#TOKENS},
 * {@link Layers#DEPENDENCIES}, {@link Layers#SENTENCES}, {@link Layers#ENTITIES}, {@link Layers#MENTIONS},
 * {@link Layers#DATES} and {@link Layers#ATTRIBUTIONS}; provides {@link Layers#EVENTS}.
 */
public final class EventStage implements Stage {

    private static final Set<String> PREPOSITION_TAGS = Set.of("IN", "TO");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that");
    private static final String RIOT = "RIOT";
    private static final String ATTACK = "ATTACK";
    private static final String AIRSTRIKE = "AIRSTRIKE";
    private static final Set<String> LIGHT_VERBS = Set.of("carry", "conduct", "launch", "stage", "mount", "make",
            "order", "claim", "begin", "start", "continue", "step", "intensify", "resume", "lead", "wage", "join",
            "pursue", "escalate");
    /** Verbs whose subject states a stance it holds: the subject of "reiterated its support" gives the support. */
    private static final Set<String> STANCE_VERBS = Set.of("express", "reiterate", "reaffirm", "voice", "declare",
            "renew", "lend", "show", "confirm", "underline", "stress");
    private static final Set<String> FILLERS = Set.of("MD", "RB", "TO");
    private static final Set<String> SKIP_CLAUSES = Set.of("advcl", "acl", "parataxis", "ccomp", "conj", "dep");
    /** A match result ("2-1", "3 - 0"): the sentence reports sport, whatever its verbs. */
    private static final Pattern SCORE = Pattern.compile("\\b\\d{1,2} ?[-\u2013] ?\\d{1,2}\\b(?![-\u2013/.]?\\d)");

    private final KnowledgeBase kb;
    private final Words words;
    private final FactLexicon lexicon;
    private final Map<String, List<FactLexicon.Trigger>> triggersByLemma = new HashMap<>();
    private final ArgumentPatterns patterns;

    public EventStage(KnowledgeBase kb, FactLexicon lexicon) {
        this.kb = kb;
        this.words = kb.words();
        this.lexicon = lexicon;
        for (FactLexicon.Trigger trigger : lexicon.triggers()) {
            triggersByLemma.computeIfAbsent(trigger.lemma(), k -> new ArrayList<>()).add(trigger);
        }
        this.patterns = ArgumentPatterns.of(lexicon, words);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.DEPENDENCIES, Layers.SENTENCES, Layers.ENTITIES, Layers.MENTIONS,
                Layers.DATES, Layers.ATTRIBUTIONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.EVENTS);
    }

    @Override
    public Document apply(Document doc) {
        Context context = new Context(doc);
        List<Draft> drafts = new ArrayList<>();
        Set<Integer> absorbed = new HashSet<>();
        for (Token token : context.parse.tokens()) {
            if (absorbed.contains(token.index())) {
                continue;
            }
            Draft draft = token.pos().startsWith("VB") ? byVerb(context, token.index(), absorbed)
                    : token.pos().startsWith("NN") ? byNoun(context, token.index()) : null;
            if (draft == null && context.isGerundSubject(token.index())) {
                draft = byNoun(context, token.index()); // "Fighting erupted between ..."
            }
            if (draft != null) {
                drafts.addAll(context.coordinated(draft));
            }
        }
        drafts.sort(Comparator.comparing(Draft::trigger));
        drafts = context.withClaimedActs(drafts);
        List<Event> events = new ArrayList<>();
        String lastViolentPlace = null;
        for (Draft draft : drafts) {
            FactLexicon.EventType type = lexicon.eventType(draft.type);
            String place = draft.place;
            if (place == null) {
                place = context.placeEarlierInParagraph(draft.head);
            }
            if (place == null && type.violent()) {
                place = lastViolentPlace;
            }
            if (type.violent() && place != null) {
                lastViolentPlace = place;
            }
            Attribution attribution = context.attributionOf(draft.trigger);
            String certainty = attribution == null ? "asserted" : isAlleging(attribution) ? "alleged" : "reported";
            List<String> acled = acledTypes(context, type, draft.actor, draft.target);
            events.add(new Event("e" + (events.size() + 1), draft.type, acled.get(0), acled.get(1), type.cameo(),
                    draft.actor, draft.actorPhrase, draft.target, draft.targetPhrase, place, draft.date, draft.parties,
                    context.casualtiesOf(draft, drafts), draft.trigger, draft.evidence,
                    attribution == null ? null : attribution.id(), certainty, draft.rules));
        }
        return doc.with(Layers.EVENTS, List.copyOf(events));
    }

    private boolean isAlleging(Attribution attribution) {
        FactLexicon.Cues cues = lexicon.cues();
        return cues.allegingVerbs().contains(attribution.cueWord())
                || "claims".equals(cues.adverbs().get(attribution.cueWord()))
                || "claims".equals(cues.reportNouns().get(attribution.cueWord()));
    }

    /** ACLED's event and sub-event type: the type's own, or its variant for an armed target or a state's action. */
    private List<@Nullable String> acledTypes(Context context, FactLexicon.EventType type, @Nullable String actor,
            @Nullable String target) {
        if (type.againstArmed() != null && target != null && context.canUseForce(target, null)) {
            return type.againstArmed();
        }
        if (type.byState() != null && actor != null && context.isState(actor)) {
            return type.byState();
        }
        return java.util.Arrays.asList(type.acledEventType(), type.acledSubEventType());
    }

    private @Nullable Draft byVerb(Context context, int verb, Set<Integer> absorbed) {
        Parse parse = context.parse;
        List<String> rules = new ArrayList<>();
        FactLexicon.Trigger trigger = null;
        Integer triggerObject = null;
        for (FactLexicon.Trigger candidate : triggersByLemma.getOrDefault(parse.lemma(verb), List.of())) {
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
        if (trigger == null || isNegated(parse, verb) || context.isOutcomeOfAct(verb)) {
            return null;
        }
        Integer described = context.describedByParticiple(verb);
        if (described == null) {
            described = context.subjectOfSmallClause(verb);
        }
        boolean passive = parse.child(verb, "nsubj:pass") != null || described != null;
        Integer subject = passive ? context.actorBound(verb, rules) : context.subjectOf(verb);
        if (subject != null && !passive) {
            rules.add("code:subject");
        }
        Integer modified = context.nounModifiedByGerund(verb);
        if (modified != null && subject == null) {
            subject = context.subjectOfClauseHolding(modified); // "the UK is committed to defeating ISIL"
        }
        String actor = subject == null ? null : context.entityOf(subject);
        if (actor == null && subject == null && !passive) {
            actor = context.entityJustBefore(verb);
        }
        if (actor == null && subject != null && !passive
                && context.isNounOf(subject, t -> lexicon.eventType(t.type()).violent())) {
            Integer agent = context.agentOfParticipleOn(subject); // "attacks, claimed by Daesh, killed 35"
            if (agent != null && context.entityOf(agent) != null) {
                subject = agent;
                actor = context.entityOf(agent);
            }
        }
        Integer targetToken = passive ? described != null ? described : parse.child(verb, "nsubj:pass") : null;
        if (trigger.actorPreposition() != null) {
            // "Mosul fell to ISIL", "the army lost Palmyra to ISIL": the subject lost, the party after "to" won
            targetToken = subject;
            subject = parse.child(verb, "obl:" + trigger.actorPreposition());
            actor = context.entityOf(subject);
        }
        Integer object = modified != null ? modified : parse.child(verb, "obj");
        if (object == null) {
            object = sharedObject(parse, verb);
        }
        if (object == null) {
            object = strandedObject(parse, verb);
        }
        if (targetToken == null && object != null && !object.equals(triggerObject) && !trigger.topicObject()) {
            targetToken = object;
        }
        String target = targetToken == null ? null : context.entityOf(targetToken);
        if (targetToken != null) {
            rules.add(passive ? "code:passive-subject" : "code:object");
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
        Integer loser = targetToken == null ? null : partyFrom(context, verb, targetToken, target);
        if (loser != null) {
            targetToken = loser; // "liberated the town from ISIL": done against ISIL, in the town
            target = context.entityOf(loser);
        }
        Span triggerSpan = span(parse, verb, triggerObject);
        Draft draft = draft(context, trigger, verb, triggerSpan, actor, subject, target, targetToken,
                context.clausesOf(verb), rules);
        if (draft != null && triggerObject != null) {
            absorbed.add(triggerObject);
        }
        return draft;
    }

    /**
     * When the verb's object is a place, the party a "from" phrase names that can use force: the side the act took
     * the place from.
     */
    private @Nullable Integer partyFrom(Context context, int verb, int object, @Nullable String objectEntity) {
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

    private @Nullable Draft byNoun(Context context, int noun) {
        Parse parse = context.parse;
        List<String> rules = new ArrayList<>();
        FactLexicon.Trigger trigger = null;
        Integer helper = context.helperOf(noun);
        for (FactLexicon.Trigger candidate : triggersByLemma.getOrDefault(parse.lemma(noun), List.of())) {
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
                    : context.subjectOf(clause);
            rules.add("code:helper");
            return draft(context, trigger, noun, parse.token(noun).span(), context.entityOf(helper), helper,
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
            actor = context.entityAfterPreposition(noun, Set.of("from", "by"));
        }
        if (actor == null) {
            Integer agent = context.agentOfParticipleOn(noun);
            if (agent != null && context.entityOf(agent) != null) {
                actorToken = agent; // "a raid conducted by the US military"
                actor = context.entityOf(agent);
            }
        }
        if (actor == null && actorToken == null) {
            actorToken = context.ownerOf(noun);
            actor = context.entityOf(actorToken);
        }
        Integer clause = context.clauseOfPhrase(noun);
        if (actor == null && actorToken == null && lexicon.eventType(trigger.type()).reciprocal()
                && (!parse.children(noun, "nmod:with").isEmpty() || !parse.children(noun, "obl:with").isEmpty())
                && clause != null) {
            // "withdrew after (days of) heavy fighting with Tigrayan forces": the clause's subject was the other side
            actorToken = context.subjectOf(clause);
            actor = context.entityOf(actorToken);
        }
        if (actor == null && actorToken == null) {
            for (int modifier : parse.children(noun, "compound")) {
                if (context.isForceHead(modifier)) {
                    actorToken = modifier; // "coalition operations against Da'esh"
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
        boolean violent = lexicon.eventType(trigger.type()).violent();
        if (targetToken == null && governor != null && governor.governor() >= 0 && violent) {
            int verb = governor.governor();
            if (List.of("obl:in", "obl:agent", "obl:by").contains(governor.relation()) && context.isHarmVerb(verb)) {
                // "he was killed in a raid by ...", "the city was reduced to rubble by regime bombardment", "killed
                // a commander in a drone strike"
                targetToken = parse.child(verb, "nsubj:pass");
                if (targetToken == null && context.isCasualtyVerb(verb)) {
                    targetToken = parse.child(verb, "obj");
                }
            } else if (governor.relation().equals("obj") && LIGHT_VERBS.contains(parse.lemma(verb))) {
                for (String relation : List.of("obl:on", "obl:against")) {
                    for (int dependent : parse.children(verb, relation)) {
                        if (targetToken == null && dependent > noun && !context.isTemporal(dependent)) {
                            targetToken = dependent; // "on 5 November began their assault on Karabilah"
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
                || !lexicon.eventType(trigger.type()).reciprocal() ? List.of() : context.sidesIn(actorToken);
        if (sides.size() == 2) {
            target = sides.get(1).entityKey();
            targetToken = actorToken;
        }
        Draft draft = draft(context, trigger, noun, triggerSpan, actor, actorToken, target, targetToken, holders,
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

    private @Nullable Draft draft(Context context, FactLexicon.Trigger trigger, int head, Span triggerSpan,
            @Nullable String actor, @Nullable Integer actorToken, @Nullable String target,
            @Nullable Integer targetToken, List<Integer> holders, List<String> rules) {
        FactLexicon.EventType type = lexicon.eventType(trigger.type());
        String typeName = trigger.type();
        // violence by protesters is a riot, ACLED's violent demonstration: "protesters clashed with police"
        boolean rioters = actor == null && actorToken != null && type.violent()
                && words.contains("protesterNouns", context.parse.lemma(actorToken));
        if (rioters) {
            typeName = RIOT;
            type = lexicon.eventType(RIOT);
        } else if (typeName.equals(ATTACK) && actorToken != null
                && words.contains("aircraftNouns", context.parse.lemma(actorToken))) {
            typeName = AIRSTRIKE; // "US aircraft struck a training camp"
            type = lexicon.eventType(AIRSTRIKE);
        }
        if (target == null && targetToken != null && trigger.armedTarget()) {
            target = context.armedOwnerOf(targetToken); // "destroying the terrorist scourge of ISIL"
        }
        if (actor != null && actorToken != null && context.isPerson(actor) && context.isForceHead(actorToken)) {
            actor = null; // "Maduro's government", "Assad's forces": the person's forces act, unnamed
        }
        // an actor the text names by its office or force rather than its name: "the Foreign Secretary met",
        // "gunmen attacked"; only forces do violence
        boolean armedTarget = target != null ? context.canUseForce(target, targetToken)
                : targetToken != null && context.isForceHead(targetToken); // "defeat these terrorists"
        boolean unnamed = actor == null && actorToken != null && (rioters || context.isForceHead(actorToken)
                || (!type.armedActor() && context.isOfficeHead(actorToken))
                || context.isPronounActor(actorToken, type, armedTarget));
        if (actor == null && !trigger.actorOptional() && !unnamed) {
            return null;
        }
        if (actor != null && actor.equals(target)) {
            target = null;
        }
        if (type.armedActor() && actor != null && !context.canUseForce(actor, actorToken)) {
            return null;
        }
        if ((trigger.armedTarget() && !armedTarget)
                || (trigger.partyTarget() && (target == null || context.isPlace(target)))
                || (trigger.placeTarget() && (target == null || !context.isPlace(target)))) {
            return null;
        }
        Sentence sentence = context.sentences.get(context.parse.token(head).sentence());
        if (type.violent() && (SCORE.matcher(sentence.span().coveredText(context.text)).find()
                || (targetToken != null && target == null
                        && words.contains("abstractTargets", context.parse.lemma(targetToken))))) {
            return null;
        }
        String place = context.placeOf(holders, rules);
        if (place == null && target != null && context.isPlace(target)) {
            place = target; // "shelled Kharkiv"
        } else if (place == null) {
            String object = context.entityOf(context.parse.child(head, "obj"));
            place = object != null && context.isPlace(object) ? object : null; // "recaptured Manbij from ISIL"
        }
        if (place == null && targetToken != null && words.contains("settlementNouns", context.parse.lemma(targetToken))) {
            String named = context.entityOf(context.parse.child(targetToken, "nmod:of"));
            place = named != null && context.isPlace(named) ? named : null; // "the provincial capital of Kunduz"
        }
        String date = context.dateOf(holders, head);
        List<Event.Party> parties = context.mediators(sentence, actor, target);
        return new Draft(typeName, head, actorToken, actor, context.phraseOf(actorToken), target,
                context.phraseAfter(targetToken, triggerSpan), targetToken, place, date, parties, triggerSpan,
                sentence.span(), List.copyOf(rules));
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

    private record Draft(String type, int head, @Nullable Integer actorToken, @Nullable String actor,
            @Nullable Span actorPhrase,
            @Nullable String target, @Nullable Span targetPhrase, @Nullable Integer targetToken,
            @Nullable String place, @Nullable String date, List<Event.Party> parties, Span trigger, Span evidence,
            List<String> rules) {

        Draft withActor(int token, @Nullable String entity, @Nullable Span phrase) {
            return new Draft(type, head, token, entity, phrase, target, targetPhrase, targetToken, place, date, parties,
                    trigger, evidence, rules);
        }

        Draft withActorOf(Draft other) {
            return new Draft(type, head, other.actorToken, other.actor, other.actorPhrase, target, targetPhrase,
                    targetToken, place, date, parties, trigger, evidence, rules);
        }

        Draft withPlace(String entity) {
            return new Draft(type, head, actorToken, actor, actorPhrase, target, targetPhrase, targetToken, entity, date,
                    parties, trigger, evidence, rules);
        }

        Draft withTargetPhrase(Span phrase) {
            return new Draft(type, head, actorToken, actor, actorPhrase, target, phrase, targetToken, place, date,
                    parties, trigger, evidence, rules);
        }

        Draft withTarget(@Nullable String entity, @Nullable Span phrase) {
            return new Draft(type, head, actorToken, actor, actorPhrase, entity, phrase, null, place, date, parties,
                    trigger, evidence, rules);
        }
    }

    /** What the rules look at: the parse, the mentions, the dates and attributions, and the article's city. */
    private final class Context {
        private final String text;
        private final Parse parse;
        private final List<Sentence> sentences;
        private final List<EntityMention> mentions;
        private final Map<String, Entity> entities;
        private final List<TemporalExpression> dates;
        private final List<Attribution> attributions;
        private final @Nullable String focusCity;
        private final Map<Integer, List<ArgumentPatterns.Binding>> bindings = new HashMap<>();
        private final CasualtyCounts casualtyCounts;

        Context(Document doc) {
            this.text = doc.text();
            this.parse = new Parse(doc.get(Layers.TOKENS), doc.get(Layers.DEPENDENCIES));
            this.sentences = doc.get(Layers.SENTENCES);
            this.mentions = doc.get(Layers.MENTIONS);
            this.entities = doc.get(Layers.ENTITIES);
            this.dates = doc.get(Layers.DATES);
            this.attributions = doc.get(Layers.ATTRIBUTIONS);
            this.focusCity = focusCity();
            this.casualtyCounts = new CasualtyCounts(parse, token -> {
                String entity = entityOf(token);
                return entity != null && !isPlace(entity) ? entity : null;
            });
            for (Sentence sentence : sentences) {
                if (holdsTrigger(sentence)) {
                    bindings.putAll(patterns.bind(SentenceGraphs.of(parse, sentence), sentence));
                }
            }
        }

        private boolean holdsTrigger(Sentence sentence) {
            for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
                if (triggersByLemma.containsKey(parse.lemma(i))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * What the patterns for this kind of trigger bind to the word in the role, in the file's order, without the
         * bindings the pattern skips (a date, a place, a word that names no entity).
         */
        List<ArgumentPatterns.Binding> bound(int token, String role, boolean noun) {
            List<ArgumentPatterns.Binding> found = new ArrayList<>();
            for (ArgumentPatterns.Binding binding : bindings.getOrDefault(token, List.of())) {
                ArgumentPattern pattern = binding.pattern();
                int argument = binding.argument();
                boolean skipped = (pattern.skip().contains("date") && isTemporal(argument))
                        || (pattern.skip().contains("place") && isPlaceToken(argument))
                        || (pattern.skip().contains("unnamed") && entityOf(argument) == null);
                if (pattern.role().equals(role) && pattern.isFor(noun) && !skipped) {
                    found.add(binding);
                }
            }
            return found;
        }

        /** The actor the verb's patterns bind: the first that names an entity, else the first; its rule noted. */
        @Nullable Integer actorBound(int verb, List<String> rules) {
            List<ArgumentPatterns.Binding> found = bound(verb, ArgumentPattern.ACTOR, false);
            ArgumentPatterns.Binding chosen = found.stream().filter(b -> entityOf(b.argument()) != null).findFirst()
                    .orElse(found.isEmpty() ? null : found.get(0));
            if (chosen == null) {
                return null;
            }
            rules.add(chosen.pattern().name());
            return chosen.argument();
        }

        /** The city mentioned most often, the first of equals: the city the article is about. */
        private @Nullable String focusCity() {
            Map<String, Integer> counts = new HashMap<>();
            List<String> order = new ArrayList<>();
            for (EntityMention mention : mentions) {
                Entity entity = entities.get(mention.entityKey());
                if (entity != null && entity.type() == EntityType.CITY) {
                    if (counts.merge(entity.key(), 1, Integer::sum) == 1) {
                        order.add(entity.key());
                    }
                }
            }
            return order.stream().max(Comparator.comparingInt((String key) -> counts.get(key))
                    .thenComparing(key -> -order.indexOf(key))).orElse(null);
        }

        /**
         * The verb's subject; for a relative pronoun, the noun its clause describes ("Russia, which is helping");
         * for a verb another controls ("tried to capture", "helping prop up"), the subject of that verb.
         */
        @Nullable Integer subjectOf(int verb) {
            int current = verb;
            for (int depth = 0; depth < 3; depth++) {
                Integer subject = parse.childExactly(current, "nsubj"); // "soldiers were killed": no doer
                if (subject == null) {
                    subject = parse.child(current, "nsubj:xsubj"); // the parser's controller: "press the regime to cease"
                }
                if (subject == null && depth > 0) {
                    subject = parse.child(current, "nsubj:pass"); // "are committed to defeating"
                }
                if (subject != null && words.contains("relativePronouns", parse.token(subject).word())) {
                    return describedBy(current);
                }
                if (subject != null) {
                    return subject;
                }
                Dependency governor = parse.governor(current);
                if (governor == null || governor.governor() < 0) {
                    return null;
                }
                int clause = current;
                boolean infinitive = parse.children(clause, "mark").stream().anyMatch(m -> parse.lemma(m).equals("to"));
                if (infinitive && governor.relation().startsWith("acl") && !governor.relation().equals("acl:relcl")) {
                    // "a coalition to defeat ISIL" is the coalition's act; "the coalition's efforts to defeat" too
                    int noun = governor.governor();
                    return entityOf(noun) != null && !isPlaceToken(noun) ? Integer.valueOf(noun) : ownerOf(noun);
                }
                boolean purpose = infinitive && governor.relation().startsWith("advcl");
                Integer modified = clauseOfPrepositionalGerund(clause, governor);
                if (modified != null) {
                    current = modified; // "committed to destroying ISIL", "retook it after shelling it"
                    continue;
                }
                if (governor.relation().startsWith("conj") && clause > governor.governor()
                        && parse.token(governor.governor()).pos().startsWith("VB")) {
                    current = governor.governor(); // "they surrounded the town and have shelled it"
                    continue;
                }
                if (!governor.relation().equals("xcomp") && !purpose) {
                    return null; // "stands by Iraq to defeat Daesh" is controlled; "..., killing ten" is a result
                }
                current = governor.governor();
            }
            return null;
        }

        /**
         * A gerund after a preposition that modifies a clause ("committed to defeating", "after shelling"), which
         * shares the clause's subject: the clause's head. The parser sometimes hangs the gerund under the
         * preposition itself.
         */
        private @Nullable Integer clauseOfPrepositionalGerund(int gerund, Dependency governor) {
            if (!parse.token(gerund).pos().equals("VBG")) {
                return null;
            }
            // as an oblique only of a passive: "are committed to destroying", not "after fighting between them"
            boolean ofPassive = governor.relation().startsWith("obl")
                    && parse.child(governor.governor(), "aux:pass") != null;
            if (governor.relation().startsWith("advcl") || ofPassive) {
                boolean preposition = !parse.children(gerund, "case").isEmpty()
                        || !parse.children(gerund, "mark").isEmpty();
                return preposition ? Integer.valueOf(governor.governor()) : null;
            }
            Dependency above = parse.governor(governor.governor());
            boolean underPreposition = governor.relation().equals("dep")
                    && PREPOSITION_TAGS.contains(parse.token(governor.governor()).pos())
                    && above != null && above.governor() >= 0 && above.relation().startsWith("advcl");
            return underPreposition ? Integer.valueOf(above.governor()) : null;
        }

        /**
         * The party a participle clause without its own subject is said of: "the Houthis, backed by Iran" (the noun
         * it describes) or "forces took the town, aided by air support" (the subject of the clause it follows).
         */
        @Nullable Integer describedByParticiple(int verb) {
            Dependency governor = parse.governor(verb);
            if (!parse.token(verb).pos().equals("VBN") || governor == null || governor.governor() < 0
                    || parse.child(verb, "nsubj:pass") != null || parse.child(verb, "nsubj") != null
                    || !parse.children(verb, "aux").isEmpty() || !parse.children(verb, "aux:pass").isEmpty()) {
                return null;
            }
            if (governor.relation().equals("acl") && parse.token(governor.governor()).isNoun()) {
                return governor.governor();
            }
            boolean clause = governor.relation().equals("dep") || governor.relation().startsWith("advcl");
            return clause && parse.token(governor.governor()).pos().startsWith("VB") ? subjectOf(governor.governor())
                    : null;
        }

        /**
         * The subject of a participle that has no auxiliary, the one a perception or result verb takes ("saw 120
         * soldiers killed", "left two civilians wounded"): the participle is passive, so its subject is done to.
         */
        @Nullable Integer subjectOfSmallClause(int verb) {
            Dependency governor = parse.governor(verb);
            String tag = parse.token(verb).pos();
            boolean participle = tag.equals("VBN") || tag.equals("VBD") && parse.child(verb, "obj") == null;
            boolean small = participle && parse.children(verb, "aux").isEmpty()
                    && governor != null && governor.governor() >= 0
                    && (governor.relation().equals("ccomp") || governor.relation().equals("xcomp"))
                    && words.contains("resultVerbs", parse.lemma(governor.governor()));
            return small ? parse.childExactly(verb, "nsubj") : null;
        }

        /**
         * The noun a gerund was parsed as modifying, where it is the gerund's object: the parser reads "committed
         * to defeating ISIL" as "to (defeating ISIL)" with "defeating" an adjective of ISIL.
         */
        @Nullable Integer nounModifiedByGerund(int verb) {
            Dependency governor = parse.governor(verb);
            boolean modifier = parse.token(verb).pos().equals("VBG") && governor != null && governor.governor() > verb
                    && governor.relation().equals("amod") && parse.token(governor.governor()).isNoun();
            return modifier ? Integer.valueOf(governor.governor()) : null;
        }

        /** The subject of the clause a phrase is attached to: "the UK" for "ISIL" in "the UK is committed to ISIL". */
        @Nullable Integer subjectOfClauseHolding(int phrase) {
            Dependency governor = parse.governor(phrase);
            if (governor == null || governor.governor() < 0 || !governor.relation().startsWith("obl")) {
                return null;
            }
            Integer subject = parse.child(governor.governor(), "nsubj");
            return subject != null ? subject : parse.child(governor.governor(), "nsubj:pass");
        }

        /** In "attacks claimed by Daesh" or "a raid conducted by the army", who: the agent of a participle on the noun. */
        @Nullable Integer agentOfParticipleOn(int noun) {
            for (int participle : parse.children(noun, "acl")) {
                if (parse.token(participle).pos().equals("VBN")) {
                    return byPhraseOf(participle);
                }
            }
            Dependency governor = parse.governor(noun);
            boolean bareParticiple = governor != null && governor.governor() >= 0
                    && governor.relation().equals("nsubj") && parse.token(governor.governor()).pos().equals("VBN")
                    && parse.children(governor.governor(), "aux").isEmpty();
            // the parser read "attacks, claimed by Daesh, killed 35" as "attacks claimed ..., killed"
            return bareParticiple ? byPhraseOf(governor.governor()) : null;
        }

        private @Nullable Integer byPhraseOf(int verb) {
            Integer agent = parse.child(verb, "obl:agent");
            return agent != null ? agent : parse.child(verb, "obl:by");
        }

        /** A verb of harm done to its object: casualties, a violent trigger, damage ("reduced to rubble"). */
        boolean isHarmVerb(int verb) {
            return isCasualtyVerb(verb) || words.contains("damageVerbs", parse.lemma(verb)) || isViolentVerb(verb);
        }

        /** Whether the word is the verb of a violent trigger ("shelled", "attacked"). */
        private boolean isViolentVerb(int token) {
            return triggersByLemma.getOrDefault(parse.lemma(token), List.of()).stream()
                    .anyMatch(t -> !t.noun() && lexicon.eventType(t.type()).violent());
        }

        /** A verb that reports people killed or injured. */
        boolean isCasualtyVerb(int verb) {
            return words.contains("fatalityWords", parse.lemma(verb)) || words.contains("injuryWords", parse.lemma(verb));
        }

        /**
         * Whether a verb tells what a violent act did: a passive or casualty verb in the act it names ("killed in a
         * raid by US forces", "wounded in an attack", "killed a commander in a drone strike"), whose noun is the
         * event, or a casualty verb's clause after the act's verb ("shelled the town, killing 12"); its casualties
         * are the act's.
         */
        boolean isOutcomeOfAct(int verb) {
            Dependency governor = parse.governor(verb);
            boolean casualty = isCasualtyVerb(verb);
            if (casualty && parse.token(verb).pos().equals("VBG") && governor != null && governor.governor() >= 0
                    && (governor.relation().startsWith("advcl") || governor.relation().startsWith("conj"))
                    && isViolentVerb(governor.governor())) {
                return true; // "attacked the town, killing 12": the attack's casualties
            }
            if (!casualty && parse.child(verb, "nsubj:pass") == null && describedByParticiple(verb) == null) {
                return false; // "killed a commander in a drone strike": the strike is the event
            }
            return List.of("obl:in", "obl:during").stream().flatMap(r -> parse.children(verb, r).stream())
                    .anyMatch(act -> isNounOf(act, t -> lexicon.eventType(t.type()).violent()));
        }

        /**
         * The group an actor acts as part of, which acts with it: "X of" in "as part of X" or "as a member of X" on
         * the verb or a clause it is joined to or completes ("is working as part of the coalition to defeat ISIL").
         */
        @Nullable Integer wholeActedFor(int verb) {
            List<Integer> clauses = new ArrayList<>(List.of(verb));
            Integer first = parse.conjunctOf(verb);
            if (first != null) {
                clauses.add(first);
            }
            for (int depth = 0; depth < 2; depth++) {
                Dependency governor = parse.governor(clauses.get(clauses.size() - 1));
                boolean joined = governor != null && governor.governor() >= 0 && (governor.relation().startsWith("conj")
                        || governor.relation().equals("xcomp") || governor.relation().startsWith("advcl"));
                if (!joined) {
                    break;
                }
                clauses.add(governor.governor());
            }
            for (int clause : clauses) {
                for (int as : parse.children(clause, "obl:as")) {
                    if (words.contains("wholeNouns", parse.lemma(as))) {
                        Integer whole = parse.child(as, "nmod:of");
                        if (whole != null) {
                            return whole;
                        }
                    }
                }
            }
            return null;
        }

        /** The armed group an "of" phrase names on a noun that names none: "the remnants of ISIL". */
        @Nullable String armedOwnerOf(int noun) {
            if (!parse.token(noun).isNoun()) {
                return null;
            }
            for (int owner : parse.children(noun, "nmod:of")) {
                String entity = entityIn(parse.nounPhrase(owner), owner);
                return entity != null && canUseForce(entity, owner) ? entity : null;
            }
            return null;
        }

        /**
         * An act named again with "the" ("A suicide bomber blew himself up ... Al-Shabaab claimed responsibility for
         * the attack") is the violent event before it, in its sentence or the two before, when that one names no
         * actor (or only an unnamed one, "a gunman"): it gains the actor, and the second mention is no event of its own. A bare claim ("Islamic State claimed
         * responsibility") gives that event its actor too.
         */
        List<Draft> withClaimedActs(List<Draft> drafts) {
            List<Draft> out = new ArrayList<>();
            for (Draft draft : drafts) {
                int previous = out.size() - 1;
                Draft before = previous < 0 ? null : out.get(previous);
                boolean anaphor = before != null && isDefiniteActNoun(draft) && draft.actor() != null
                        && draft.targetPhrase() == null && lexicon.eventType(before.type()).violent()
                        && before.actor() == null
                        && parse.token(draft.head()).sentence() - parse.token(before.head()).sentence() <= 2;
                if (anaphor) {
                    out.set(previous, before.withActorOf(draft));
                } else {
                    out.add(draft);
                }
            }
            for (Token token : parse.tokens()) {
                Integer claimant = bareClaimant(token.index());
                String entity = claimant == null ? null : entityOf(claimant);
                if (entity == null || !canUseForce(entity, claimant)) {
                    continue;
                }
                for (int d = out.size() - 1; d >= 0; d--) {
                    Draft act = out.get(d);
                    // unnamed doers ("a gunman") act for the group that claims them
                    if (act.head() < token.index() && lexicon.eventType(act.type()).violent() && act.actor() == null
                            && token.sentence() - parse.token(act.head()).sentence() <= 2) {
                        out.set(d, act.withActor(claimant, entity, parse.nounPhrase(claimant)));
                        break;
                    }
                }
            }
            return out;
        }

        /** Who "claimed responsibility" with no "for": the act is the one told before ("Islamic State claimed it"). */
        private @Nullable Integer bareClaimant(int verb) {
            if (!words.contains("claimVerbs", parse.lemma(verb))) {
                return null;
            }
            Integer object = parse.child(verb, "obj");
            boolean bare = object != null && words.contains("claimNouns", parse.lemma(object))
                    && parse.children(object, "nmod:for").isEmpty() && parse.children(verb, "obl:for").isEmpty();
            return bare ? subjectOf(verb) : null;
        }

        private boolean isDefiniteActNoun(Draft draft) {
            int head = draft.head();
            return parse.token(head).isNoun() && lexicon.eventType(draft.type()).violent()
                    && parse.children(head, "det").stream().anyMatch(d -> DEFINITE.contains(parse.lemma(d)));
        }

        /**
         * The verb and the clause its infinitive completes or is the purpose of, which may say where: "took to the
         * streets of Tbilisi to protest".
         */
        List<Integer> clausesOf(int verb) {
            Dependency governor = parse.governor(verb);
            boolean infinitive = parse.children(verb, "mark").stream().anyMatch(m -> parse.lemma(m).equals("to"));
            boolean completes = governor != null && governor.governor() >= 0 && infinitive
                    && (governor.relation().equals("xcomp") || governor.relation().startsWith("advcl"));
            return completes ? List.of(verb, governor.governor()) : List.of(verb);
        }

        /** A gerund standing as a noun, the subject of its clause: "fighting erupted". */
        boolean isGerundSubject(int token) {
            Dependency governor = parse.governor(token);
            return parse.token(token).pos().equals("VBG") && governor != null && governor.governor() >= 0
                    && governor.relation().equals("nsubj") && parse.children(token, "obj").isEmpty();
        }

        /** The verb a phrase is an oblique of, directly or as the "of" phrase of one ("after days of fighting"). */
        @Nullable Integer clauseOfPhrase(int noun) {
            Dependency governor = parse.governor(noun);
            if (governor != null && governor.governor() >= 0 && governor.relation().equals("nmod:of")) {
                governor = parse.governor(governor.governor());
            }
            boolean oblique = governor != null && governor.governor() >= 0 && governor.relation().startsWith("obl")
                    && parse.token(governor.governor()).pos().startsWith("VB");
            return oblique ? Integer.valueOf(governor.governor()) : null;
        }

        /** The mentions inside one word, as in "Iran-Iraq". */
        List<EntityMention> sidesIn(int token) {
            Span word = parse.token(token).span();
            return mentions.stream().filter(m -> word.contains(m.span()) && !m.span().equals(word)).toList();
        }

        /** In "did it with the help of X", X: a helper named in a "with" phrase of a clause. */
        @Nullable Integer helperOf(int noun) {
            Dependency governor = parse.governor(noun);
            boolean with = governor != null && governor.governor() >= 0 && governor.relation().equals("obl:with")
                    && parse.token(governor.governor()).pos().startsWith("VB");
            return with ? parse.child(noun, "nmod:of") : null;
        }

        /** The party a noun of support is for: "support for Iraq", "aid to the army". */
        private boolean isSupported(int party) {
            Dependency governor = parse.governor(party);
            return governor != null && governor.governor() >= 0 && isSupportNoun(governor.governor())
                    && List.of("nmod:for", "nmod:to", "nmod:of").contains(governor.relation());
        }

        /** A noun of support for a party ("support", "aid"): a nominal trigger that needs a party as its target. */
        private boolean isSupportNoun(int token) {
            return isNounOf(token, FactLexicon.Trigger::partyTarget);
        }

        /** Whether the token is a nominal trigger of the kind the test asks for. */
        boolean isNounOf(int token, java.util.function.Predicate<FactLexicon.Trigger> test) {
            return triggersByLemma.getOrDefault(parse.lemma(token), List.of()).stream()
                    .anyMatch(t -> t.noun() && test.test(t));
        }

        /**
         * Who a noun of action belongs to: its possessor or compound modifier that names an entity ("the
         * coalition's campaign", "coalition efforts"), else the subject of the verb it takes part in, as object of
         * a light verb ("waged a campaign") or after "in" ("joined forces in the fight against IS").
         */
        @Nullable Integer ownerOf(int noun) {
            for (String relation : List.of("nmod:poss", "compound", "amod")) {
                for (int modifier : parse.children(noun, relation)) {
                    if (entityOf(modifier) != null && !isPlaceToken(modifier)) {
                        return modifier;
                    }
                }
            }
            Dependency governor = parse.governor(noun);
            if (governor == null || governor.governor() < 0) {
                return null;
            }
            Integer possessive = parse.child(noun, "nmod:poss");
            boolean ownedByPronoun = possessive != null && parse.token(possessive).pos().equals("PRP$");
            if ((ownedByPronoun || (possessive == null && isSupported(governor.governor())))
                    && governor.relation().equals("nmod:in") && parse.token(governor.governor()).isNoun()
                    && (entityOf(governor.governor()) != null || isForceHead(governor.governor()))
                    && !isPlaceToken(governor.governor())) {
                // "the Iraqi people in their fight against ISIL", "support for Iraq in the fight", not "allies in
                // the fight"; "their" is the whole list
                Integer list = parse.conjunctOf(governor.governor());
                return list != null && ownedByPronoun && agrees(possessive, list) ? list : governor.governor();
            }
            String clause = parse.token(governor.governor()).pos();
            if (ownedByPronoun && (clause.startsWith("VB") || clause.startsWith("JJ"))) {
                // "the UK remains steadfast in its support": the subject's, when the pronoun agrees with it, else
                // the object's ("Egypt backs the army and the tribes in their fight"), or the party the object is
                // for ("pledged support to the army and the tribes in their fight")
                List<Integer> candidates = new ArrayList<>();
                candidates.add(subjectOf(governor.governor()));
                Integer object = parse.child(governor.governor(), "obj");
                if (object != null) {
                    candidates.add(object);
                    candidates.addAll(parse.children(object, "nmod:to"));
                    candidates.addAll(parse.children(object, "nmod:for"));
                }
                return candidates.stream().filter(c -> c != null && agrees(possessive, c)).findFirst().orElse(null);
            }
            String verb = parse.lemma(governor.governor());
            boolean lightObject = governor.relation().equals("obj") && (LIGHT_VERBS.contains(verb)
                    || (STANCE_VERBS.contains(verb) && isSupportNoun(noun))); // "reiterated its support for"
            boolean takingPart = governor.relation().endsWith(":in")
                    && parse.token(governor.governor()).pos().startsWith("VB");
            // "reiterates support for the Government of Iraq in the fight against ISIL": the supported party's
            Integer support = takingPart ? parse.child(governor.governor(), "obj")
                    : governor.relation().equals("nmod:in") ? Integer.valueOf(governor.governor()) : null;
            if (support != null && isSupportNoun(support)) {
                for (String relation : List.of("nmod:for", "nmod:to")) {
                    Integer party = parse.child(support, relation);
                    if (party != null) {
                        return party;
                    }
                }
            }
            boolean response = governor.relation().equals("obl:with") && words.contains("responseVerbs", verb);
            if (!lightObject && !takingPart && !response) {
                return claimantOf(noun, governor);
            }
            return subjectOf(governor.governor()); // "waged a campaign", "responded with air strikes"
        }

        /** Who claimed an act: "Al-Shabaab claimed responsibility for the attack". */
        private @Nullable Integer claimantOf(int noun, Dependency governor) {
            if (!governor.relation().equals("nmod:for") || !words.contains("claimNouns", parse.lemma(governor.governor()))) {
                return null;
            }
            Dependency claim = parse.governor(governor.governor());
            boolean claimed = claim != null && claim.governor() >= 0 && claim.relation().equals("obj")
                    && words.contains("claimVerbs", parse.lemma(claim.governor()));
            return claimed ? subjectOf(claim.governor()) : null;
        }

        /** A possessive pronoun and a noun it may stand for: "its" for one party, "their" for several, "our" for us. */
        private boolean agrees(int pronoun, int noun) {
            String word = parse.token(pronoun).word().toLowerCase(Locale.ROOT);
            String nounWord = parse.token(noun).word().toLowerCase(Locale.ROOT);
            boolean plural = parse.token(noun).pos().endsWith("S") || !parse.children(noun, "conj").isEmpty();
            return switch (word) {
                case "its" -> parse.token(noun).isNoun() && !plural;
                case "their" -> plural || nounWord.equals("they");
                case "our" -> nounWord.equals("we");
                default -> false;
            };
        }

        /** The noun a relative clause describes, from a verb of the clause or one it controls. */
        private @Nullable Integer describedBy(int verb) {
            int current = verb;
            for (int depth = 0; depth < 3; depth++) {
                Dependency governor = parse.governor(current);
                if (governor == null || governor.governor() < 0) {
                    return null;
                }
                if (governor.relation().startsWith("acl")) {
                    return governor.governor();
                }
                if (!governor.relation().equals("xcomp")) {
                    return null;
                }
                current = governor.governor();
            }
            return null;
        }

        /** The entity named by the noun phrase headed by the token, or its coordinated first conjunct. */
        @Nullable String entityOf(@Nullable Integer head) {
            if (head == null) {
                return null;
            }
            String entity = entityIn(parse.nounPhrase(head), head);
            Integer apposition = parse.child(head, "appos");
            if (entity == null && apposition != null && parse.token(head).isNoun()) {
                entity = entityIn(parse.nounPhrase(apposition), apposition); // "our ally Turkey"
            }
            if (entity == null && isForceNoun(parse.token(head).word())) {
                for (int owner : parse.children(head, "nmod:of")) {
                    return entityIn(parse.nounPhrase(owner), owner); // "fighters of the RSF"
                }
            }
            return entity;
        }

        /** The entity of the mention covering the head, else the first mention inside the phrase. */
        @Nullable String entityIn(Span phrase, int head) {
            Span headSpan = parse.token(head).span();
            EntityMention inside = null;
            for (EntityMention mention : mentions) {
                if (mention.span().overlaps(headSpan)) {
                    return mention.entityKey();
                }
                if (inside == null && phrase.contains(mention.span()) && !isPlace(mention.entityKey())) {
                    inside = mention;
                }
            }
            return inside == null ? null : inside.entityKey();
        }

        /** The words that name a target, from the first word after the trigger where they hold it. */
        @Nullable Span phraseAfter(@Nullable Integer head, Span trigger) {
            Span phrase = phraseOf(head);
            if (phrase == null || phrase.begin() >= trigger.end() || phrase.end() <= trigger.end()) {
                return phrase;
            }
            for (Token token : parse.tokens()) {
                if (token.span().begin() >= trigger.end()) {
                    return new Span(token.span().begin(), phrase.end());
                }
            }
            return phrase;
        }

        /** The words that name an actor or target, a pronoun included ("we", "they"). */
        @Nullable Span phraseOf(@Nullable Integer head) {
            return head == null ? null : parse.nounPhrase(head);
        }

        /**
         * A pronoun the text uses for a party it does not name in the sentence: "we met", "they kidnapped". Only
         * a group ("we", "they") can be the side of an armed act, and only against a party that can use force
         * ("we will defeat ISIL"): with no name to check, that is the evidence it is no figure of speech.
         */
        boolean isPronounActor(int token, FactLexicon.EventType type, boolean armedTarget) {
            String word = parse.token(token).word().toLowerCase(Locale.ROOT);
            if (!parse.token(token).pos().equals("PRP")) {
                return false;
            }
            if (type.armedActor()) {
                return words.contains("groupPronouns", word) && armedTarget;
            }
            return words.contains("groupPronouns", word) || words.contains("personPronouns", word)
                    || words.contains("speakerPronouns", word);
        }

        /**
         * A state, its forces or an armed group: a country, an armed entry of the knowledge base, a name holding a
         * force noun ("Rapid Support Forces"), or a phrase headed by one ("Hamas gunmen"). Never a person, a
         * campaign, a parliament or a team.
         */
        boolean canUseForce(String key, @Nullable Integer token) {
            Entity entity = entities.get(key);
            if (entity == null || entity.type() == EntityType.PERSON) {
                return false;
            }
            if (entity.type() == EntityType.COUNTRY || kb.entry(key).map(KbEntry::armed).orElse(false)
                    || hasForceWord(entity.label()) || hasForceWord(entity.name())) {
                return true;
            }
            return token != null && (isForceNoun(parse.token(token).word()) || isForceNoun(parse.lemma(token)));
        }

        boolean isPerson(String key) {
            Entity entity = entities.get(key);
            return entity != null && entity.type() == EntityType.PERSON;
        }

        /** A state acting: a country, or an entry described as a government, a regime or an army. */
        boolean isState(String key) {
            Entity entity = entities.get(key);
            return entity != null && (entity.type() == EntityType.COUNTRY || kb.entry(key)
                    .map(e -> e.nouns().contains("government") || e.nouns().contains("army")).orElse(false));
        }

        private boolean hasForceWord(String name) {
            for (String word : name.split("[\\s\\-]+")) {
                if (isForceNoun(word)) {
                    return true;
                }
            }
            return false;
        }

        /** "The Foreign Secretary", "the minister": a person named by an office (the last word of a title). */
        boolean isOfficeHead(int token) {
            String head = parse.lemma(token).toLowerCase(Locale.ROOT);
            return parse.token(token).isNoun() && words.list("personTitles").stream()
                    .anyMatch(title -> title.equals(head) || title.endsWith(" " + head));
        }

        /** "Gunmen", "police", "troops": an unnamed actor that can use force. */
        boolean isForceHead(int token) {
            if (!parse.token(token).isNoun()) {
                return false;
            }
            if (isForceNoun(parse.token(token).word())) {
                return true;
            }
            // "this terrorist group", "armed groups", "rebel cells": a group a force word describes
            return words.contains("groupNouns", parse.lemma(token)) && List.of("amod", "compound").stream()
                    .flatMap(relation -> parse.children(token, relation).stream())
                    .anyMatch(modifier -> isForceNoun(parse.token(modifier).word())
                            || words.contains("armedAdjectives", parse.token(modifier).word()));
        }

        private boolean isForceNoun(String word) {
            return words.contains("forceNouns", word);
        }

        /** A mention right before the verb with only auxiliaries and adverbs between. */
        @Nullable String entityJustBefore(int verb) {
            int sentence = parse.token(verb).sentence();
            int i = verb - 1;
            while (i >= 0 && parse.token(i).sentence() == sentence && isFiller(parse.token(i))) {
                i--;
            }
            if (i < 0 || parse.token(i).sentence() != sentence) {
                return null;
            }
            Span at = parse.token(i).span();
            for (EntityMention mention : mentions) {
                if (mention.span().overlaps(at)) {
                    return mention.entityKey();
                }
            }
            return null;
        }

        private boolean isFiller(Token token) {
            String pos = token.pos();
            return FILLERS.contains(pos) || (pos.startsWith("VB") && words.contains("eventFillerLemmas", token.lemma()));
        }

        /** The first mention within three words after "from" or "by" right behind the noun. */
        @Nullable String entityAfterPreposition(int noun, Set<String> prepositions) {
            int sentence = parse.token(noun).sentence();
            int next = noun + 1;
            if (next >= parse.tokens().size() || parse.token(next).sentence() != sentence
                    || !prepositions.contains(parse.lemma(next))) {
                return null;
            }
            for (int i = next + 1; i <= next + 3 && i < parse.tokens().size(); i++) {
                Span at = parse.token(i).span();
                for (EntityMention mention : mentions) {
                    if (mention.span().overlaps(at) && !isPlace(mention.entityKey())) {
                        return mention.entityKey();
                    }
                }
            }
            return null;
        }

        /** The place the trigger's clause attaches, or "the city" the article is about. */
        @Nullable String placeOf(List<Integer> holders, List<String> rules) {
            List<ArgumentPatterns.Binding> phrases = new ArrayList<>();
            for (int holder : holders) {
                phrases.addAll(bound(holder, ArgumentPattern.PLACE, parse.token(holder).isNoun()));
            }
            String best = null;
            String bestRule = null;
            int bestRank = Integer.MAX_VALUE;
            boolean theCity = false;
            for (ArgumentPatterns.Binding binding : phrases) {
                int phrase = binding.argument();
                Span span = parse.subtree(phrase, SKIP_CLAUSES);
                List<Span> doers = doersOfAct(phrase);
                for (EntityMention mention : mentions) {
                    Entity entity = entities.get(mention.entityKey());
                    if (entity != null && entity.type().isPlace() && !mention.actor() && span.contains(mention.span())
                            && doers.stream().noneMatch(d -> d.overlaps(mention.span()))
                            && rank(entity.type()) < bestRank) {
                        best = entity.key();
                        bestRule = binding.pattern().name();
                        bestRank = rank(entity.type());
                    }
                }
                theCity |= words.contains("cityNouns", parse.lemma(phrase))
                        && parse.children(phrase, "det").stream().anyMatch(d -> parse.lemma(d).equals("the"));
            }
            if (best != null) {
                rules.add(bestRule);
                return best;
            }
            return theCity ? focusCity : null;
        }

        /** For a phrase naming an act ("in a Russian airstrike"), the words before it that say whose act it is. */
        private List<Span> doersOfAct(int phrase) {
            if (!isNounOf(phrase, t -> true)) {
                return List.of();
            }
            List<Span> doers = new ArrayList<>();
            for (String relation : List.of("amod", "compound", "nmod:poss")) {
                for (int modifier : parse.children(phrase, relation)) {
                    doers.add(parse.token(modifier).span());
                }
            }
            return doers;
        }

        /**
         * The place an earlier sentence of the same paragraph (no line break between) puts something in: the last
         * place mention after a locative preposition before the trigger.
         */
        @Nullable String placeEarlierInParagraph(int head) {
            Sentence own = sentences.get(parse.token(head).sentence());
            int paragraphStart = text.lastIndexOf('\n', own.span().begin()) + 1;
            int end = parse.token(head).span().begin();
            String found = null;
            for (EntityMention mention : mentions) {
                if (mention.span().begin() < paragraphStart || mention.span().end() > end) {
                    continue;
                }
                Entity entity = entities.get(mention.entityKey());
                int before = tokenBefore(mention.span());
                if (entity != null && entity.type().isPlace() && entity.type() != EntityType.COUNTRY && before >= 0
                        && words.contains("locativePrepositions", parse.token(before).word())) {
                    found = entity.key();
                }
            }
            return found;
        }

        private int tokenBefore(Span span) {
            for (int i = parse.tokens().size() - 1; i >= 0; i--) {
                if (parse.token(i).span().end() <= span.begin()) {
                    return i;
                }
            }
            return -1;
        }

        private int rank(EntityType type) {
            return switch (type) {
                case CITY, FACILITY -> 0;
                case STATE_OR_PROVINCE -> 1;
                case LOCATION -> 2;
                default -> 3;
            };
        }

        /** A calendar date attached to the trigger or its clause, else the first one shortly after a noun. */
        @Nullable String dateOf(List<Integer> holders, int head) {
            for (int holder : holders) {
                for (Dependency dependency : parse.children(holder)) {
                    Span span = parse.subtree(dependency.dependent(), SKIP_CLAUSES);
                    TemporalExpression date = calendarDateIn(span);
                    if (date != null && (dependency.relation().startsWith("obl") || dependency.relation().startsWith(
                            "nmod") || dependency.relation().startsWith("advmod"))) {
                        return date.calendarValue();
                    }
                }
            }
            if (parse.token(head).isNoun()) {
                int sentence = parse.token(head).sentence();
                for (int i = head + 1; i < Math.min(parse.tokens().size(), head + 9); i++) {
                    if (parse.token(i).sentence() != sentence) {
                        break;
                    }
                    TemporalExpression date = calendarDateIn(parse.token(i).span());
                    if (date != null) {
                        return date.calendarValue();
                    }
                }
            }
            return null;
        }

        private @Nullable TemporalExpression calendarDateIn(Span span) {
            for (TemporalExpression date : dates) {
                // a day with its part ("Sunday morning") is a TIME to HeidelTime, and still the day of an event
                if (date.span().overlaps(span) && (date.kind().equals("DATE") || date.kind().equals("TIME"))
                        && date.begin() != null) {
                    return date;
                }
            }
            return null;
        }

        boolean isTemporal(int token) {
            Span at = parse.token(token).span();
            return dates.stream().anyMatch(d -> d.span().overlaps(at));
        }

        boolean isPlaceToken(int token) {
            Span at = parse.token(token).span();
            for (EntityMention mention : mentions) {
                if (mention.span().overlaps(at)) {
                    return isPlace(mention.entityKey());
                }
            }
            return false;
        }

        boolean isPlace(String key) {
            Entity entity = entities.get(key);
            return entity != null && entity.type().isPlace() && entity.type() != EntityType.COUNTRY;
        }

        /**
         * The event and the same event by each further party a list names beside its actor ("The UK and its allies
         * attacked") or to each further named target ("attacks on Aleppo and Daraya"); targets the list does not
         * name ("hospitals, schools and markets") are one phrase. Where both sides do it to each other ("Britain
         * and France met"), a list of actors with no target is one event between the first two, and one between
         * the first and each further party.
         */
        List<Draft> coordinated(Draft draft) {
            FactLexicon.EventType type = lexicon.eventType(draft.type());
            Integer actorToken = draft.actorToken();
            // a list before the trigger ends there; after it ("aided by Turkey and the coalition") it ends itself
            List<Integer> actors = actorToken == null ? List.of() : listed(actorToken,
                    parse.token(actorToken).span().begin() < draft.trigger().begin() ? draft.trigger() : null);
            Draft first = draft;
            if (type.reciprocal() && draft.targetPhrase() == null && !actors.isEmpty()) {
                int other = actors.get(0);
                String entity = entityOf(other);
                if (entity != null ? !entity.equals(draft.actor()) && !isPlace(entity) : isOfficeHead(other)
                        || isForceHead(other)) {
                    first = draft.withTarget(entity, parse.nounPhrase(other));
                    actors = actors.subList(1, actors.size());
                }
            }
            List<Draft> all = new ArrayList<>(List.of(first));
            Integer whole = draft.actor() == null ? null : wholeActedFor(draft.head());
            String wholeEntity = entityOf(whole);
            if (wholeEntity != null && !wholeEntity.equals(draft.actor()) && !wholeEntity.equals(draft.target())
                    && (!type.armedActor() || canUseForce(wholeEntity, whole))) {
                all.add(draft.withActor(whole, wholeEntity, parse.nounPhrase(whole))); // "the UK, as part of the coalition"
            }
            boolean pairs = first != draft;
            if (draft.actor() != null || pairs) {
                for (int conjunct : actors) {
                    String entity = entityOf(conjunct);
                    boolean unnamed = entity == null && (isForceHead(conjunct)
                            || (!type.armedActor() && isOfficeHead(conjunct))); // "the RAF and other forces"
                    if (unnamed || entity != null && !entity.equals(draft.actor()) && !entity.equals(first.target())
                            && !isPlace(entity) && (!type.armedActor() || canUseForce(entity, conjunct))
                            && all.stream().noneMatch(d -> entity.equals(d.actor()))) {
                        Draft more = draft.withActor(conjunct, entity, parse.nounPhrase(conjunct));
                        all.add(pairs ? more.withTarget(draft.actor(), draft.actorPhrase()) : more);
                    }
                }
            }
            if (draft.targetToken() != null && draft.targetPhrase() != null) {
                Draft byFirst = all.get(0);
                Span phrase = draft.targetPhrase();
                List<Integer> members = new ArrayList<>(listed(draft.targetToken(), null));
                if (type.violent()) {
                    // the victims: "civilians, including children", "cities such as Aleppo" (of a meeting, topics)
                    members.addAll(parse.children(draft.targetToken(), "nmod:including"));
                    members.addAll(parse.children(draft.targetToken(), "nmod:such_as"));
                }
                for (int conjunct : members) {
                    String entity = entityOf(conjunct);
                    if (entity == null) {
                        phrase = new Span(phrase.begin(), parse.nounPhrase(conjunct).end());
                    } else if (!entity.equals(byFirst.actor()) && !entity.equals(byFirst.target())) {
                        Draft more = byFirst.withTarget(entity, parse.nounPhrase(conjunct));
                        boolean placedByTarget = byFirst.target() != null && byFirst.target().equals(byFirst.place());
                        all.add(placedByTarget && isPlace(entity) ? more.withPlace(entity) : more);
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
                        && text.substring(previous.end(), phrase.begin())
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
                    Span modifier = parse.subtree(dependency.dependent(), SKIP_CLAUSES);
                    if (modifier.begin() >= end && modifier.end() <= next) {
                        end = Math.max(end, modifier.end());
                    }
                }
            }
            return new Span(phrase.begin(), end);
        }

        /**
         * Mediators: entities of the sentence, other than actor and target, named in a phrase or clause of
         * mediation ("a UN mediation team", "Egypt, which brokered").
         */
        List<Event.Party> mediators(Sentence sentence, @Nullable String actor, @Nullable String target) {
            List<Event.Party> parties = new ArrayList<>();
            for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
                if (!words.contains("mediationWords", parse.lemma(i))) {
                    continue;
                }
                Dependency governor = parse.governor(i);
                Span scope = parse.token(i).pos().startsWith("NN") || governor == null || governor.governor() < 0
                        ? parse.nounPhrase(governor != null && governor.relation().equals("compound")
                                && governor.governor() >= 0 ? governor.governor() : i)
                        : parse.subtree(i, SKIP_CLAUSES);
                Integer subject = parse.token(i).pos().startsWith("VB") ? subjectOf(i) : null;
                if (subject != null) {
                    Span subjectPhrase = parse.nounPhrase(subject);
                    scope = new Span(Math.min(scope.begin(), subjectPhrase.begin()),
                            Math.max(scope.end(), subjectPhrase.end()));
                }
                for (EntityMention mention : mentions) {
                    String key = mention.entityKey();
                    if (scope.contains(mention.span()) && !key.equals(actor) && !key.equals(target) && !isPlace(key)
                            && parties.stream().noneMatch(p -> p.key().equals(key))) {
                        parties.add(new Event.Party(key, "mediator"));
                    }
                }
            }
            return parties;
        }

        /**
         * The people the event's sentence reports killed or injured: a casualty word ("killed", "wounded",
         * "deaths") and the people it counts, with their number where the text gives one. A casualty word that is
         * another event's trigger belongs to that event; the rest go to the sentence's first violent event.
         */
        List<Event.Casualty> casualtiesOf(Draft draft, List<Draft> all) {
            int sentence = parse.token(draft.head).sentence();
            Draft owner = null;
            for (Draft other : all) {
                if (parse.token(other.head).sentence() == sentence && lexicon.eventType(other.type).violent()) {
                    owner = other;
                    break;
                }
            }
            List<Event.Casualty> casualties = new ArrayList<>();
            Sentence s = sentences.get(sentence);
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                String kind = words.contains("fatalityWords", parse.lemma(i)) ? Event.Casualty.KILLED
                        : words.contains("injuryWords", parse.lemma(i)) ? Event.Casualty.INJURED : null;
                if (kind == null) {
                    continue;
                }
                int word = i;
                Draft claimant = all.stream().filter(d -> d.head == word).findFirst().orElse(owner);
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
        @Nullable Attribution attributionOf(Span trigger) {
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
}
