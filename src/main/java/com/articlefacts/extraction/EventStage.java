package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Events: who did what to whom, where and when. A trigger from {@code kb/event-triggers.json} (a verb, with the
 * object it needs, or a noun, with the modifier it needs) gives the type; the dependency parse gives the actor
 * (subject, passive agent, or a noun's modifier or "from"/"by" phrase), the target (object, passive subject, "on" or
 * "at" phrase) and the place and date attached to it; each resolves to an entity through the mentions found
 * earlier. An event without a named actor is dropped unless its trigger stands alone (a failed truce). Violent
 * events with no place of their own happen in the city the article is about; "the city" is that city too. An event
 * inside a reported claim is "reported" (or "alleged") and links its attribution. Requires
 * {@link Layers#TOKENS}, {@link Layers#DEPENDENCIES}, {@link Layers#SENTENCES}, {@link Layers#ENTITIES},
 * {@link Layers#MENTIONS}, {@link Layers#DATES} and {@link Layers#ATTRIBUTIONS}; provides {@link Layers#EVENTS}.
 */
public final class EventStage implements Stage {

    private static final Set<String> VIOLENT = Set.of("ATTACK", "AIRSTRIKE", "SHELLING", "ARMED_CLASH", "ADVANCE",
            "TERRITORY_CHANGE", "RETREAT");
    private static final List<String> PLACE_RELATIONS = List.of("obl:in", "nmod:in", "obl:at", "nmod:at", "obl:near",
            "obl:into", "obl:inside", "obl:across", "obl:on", "obl:to", "obl:from", "nmod:from");
    private static final Set<String> FILLERS = Set.of("MD", "RB", "WDT", "WP", "TO", "HYPH", ",", ":");
    private static final Set<String> SKIP_CLAUSES = Set.of("advcl", "acl", "parataxis", "ccomp", "conj", "dep");

    private final KnowledgeBase kb;
    private final Words words;
    private final Map<String, List<FactLexicon.Trigger>> triggersByLemma = new HashMap<>();

    public EventStage(KnowledgeBase kb, FactLexicon lexicon) {
        this.kb = kb;
        this.words = kb.words();
        for (FactLexicon.Trigger trigger : lexicon.triggers()) {
            triggersByLemma.computeIfAbsent(trigger.lemma(), k -> new ArrayList<>()).add(trigger);
        }
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
                    : token.pos().startsWith("NN") ? byNoun(context, token.index(), absorbed) : null;
            if (draft != null) {
                drafts.add(draft);
            }
        }
        drafts.sort(Comparator.comparing(Draft::trigger));
        List<Event> events = new ArrayList<>();
        for (Draft draft : drafts) {
            Attribution attribution = context.attributionOf(draft.trigger);
            String certainty = attribution == null ? "asserted"
                    : words.contains("allegingWords", attribution.cueWord()) ? "alleged" : "reported";
            events.add(new Event("e" + (events.size() + 1), draft.type, draft.actor, draft.target, draft.place,
                    draft.date, draft.parties, draft.trigger, draft.evidence,
                    attribution == null ? null : attribution.id(), certainty));
        }
        return doc.with(Layers.EVENTS, List.copyOf(events));
    }

    private @Nullable Draft byVerb(Context context, int verb, Set<Integer> absorbed) {
        Parse parse = context.parse;
        FactLexicon.Trigger trigger = null;
        Integer triggerObject = null;
        for (FactLexicon.Trigger candidate : triggersByLemma.getOrDefault(parse.lemma(verb), List.of())) {
            if (candidate.noun() || !hasParticle(parse, verb, candidate.particle())) {
                continue;
            }
            if (candidate.objects() == null) {
                trigger = candidate;
                break;
            }
            Integer object = parse.child(verb, "obj");
            if (object != null && candidate.objects().contains(parse.lemma(object))) {
                trigger = candidate;
                triggerObject = object;
                break;
            }
        }
        if (trigger == null || isNegated(parse, verb)) {
            return null;
        }
        boolean passive = parse.child(verb, "nsubj:pass") != null;
        Integer subject = passive ? agentOf(parse, verb) : parse.child(verb, "nsubj");
        String actor = subject == null ? null : context.entityOf(subject);
        if (actor == null) {
            actor = context.entityJustBefore(verb);
        }
        String target = null;
        if (passive) {
            target = context.entityOf(parse.child(verb, "nsubj:pass"));
        }
        Integer object = parse.child(verb, "obj");
        if (target == null && object != null && !object.equals(triggerObject)) {
            target = context.entityOf(object);
        }
        for (int holder : triggerObject == null ? List.of(verb) : List.of(triggerObject, verb)) {
            for (String relation : List.of("nmod:on", "nmod:against", "obl:on", "obl:against", "obl:at")) {
                for (int dependent : parse.children(holder, relation)) {
                    if (target == null && !context.isTemporal(dependent)) {
                        target = context.entityOf(dependent);
                    }
                }
            }
        }
        if (triggerObject != null) {
            absorbed.add(triggerObject);
        }
        Span triggerSpan = span(parse, verb, triggerObject);
        return draft(context, trigger, verb, triggerSpan, actor, target, List.of(verb));
    }

    private @Nullable Draft byNoun(Context context, int noun, Set<Integer> absorbed) {
        Parse parse = context.parse;
        FactLexicon.Trigger trigger = null;
        for (FactLexicon.Trigger candidate : triggersByLemma.getOrDefault(parse.lemma(noun), List.of())) {
            if (candidate.noun() && (candidate.modifiers() == null || parse.children(noun, "compound").stream()
                    .anyMatch(m -> candidate.modifiers().contains(parse.lemma(m))))) {
                trigger = candidate;
                break;
            }
        }
        Dependency governor = parse.governor(noun);
        if (trigger == null || (governor != null && governor.relation().equals("compound"))) {
            return null;
        }
        Span phrase = parse.nounPhrase(noun);
        String actor = context.entityIn(phrase, noun);
        for (String relation : List.of("nmod:by", "nmod:from", "nmod:poss")) {
            for (int dependent : parse.children(noun, relation)) {
                if (actor == null) {
                    actor = context.entityOf(dependent);
                }
            }
        }
        if (actor == null) {
            actor = context.entityAfterPreposition(noun, Set.of("from", "by"));
        }
        String target = null;
        for (String relation : List.of("nmod:on", "nmod:against")) {
            for (int dependent : parse.children(noun, relation)) {
                if (target == null) {
                    target = context.entityOf(dependent);
                }
            }
        }
        int first = noun;
        for (int modifier : parse.children(noun, "compound")) {
            if (trigger.modifiers() != null && trigger.modifiers().contains(parse.lemma(modifier))) {
                first = Math.min(first, modifier);
            }
        }
        Span triggerSpan = new Span(parse.token(first).span().begin(), parse.token(noun).span().end());
        List<Integer> holders = governor != null && governor.governor() >= 0 ? List.of(noun, governor.governor())
                : List.of(noun);
        return draft(context, trigger, noun, triggerSpan, actor, target, holders);
    }

    private @Nullable Draft draft(Context context, FactLexicon.Trigger trigger, int head, Span triggerSpan,
            @Nullable String actor, @Nullable String target, List<Integer> holders) {
        if (actor == null && !trigger.actorOptional()) {
            return null;
        }
        if (actor != null && actor.equals(target)) {
            target = null;
        }
        String place = context.placeOf(holders, trigger.type());
        String date = context.dateOf(holders, head);
        Sentence sentence = context.sentences.get(context.parse.token(head).sentence());
        List<Event.Party> parties = context.thirdParties(sentence, actor, target);
        return new Draft(trigger.type(), actor, target, place, date, parties, triggerSpan, sentence.span());
    }

    private static boolean hasParticle(Parse parse, int verb, @Nullable String particle) {
        if (particle == null) {
            return true;
        }
        Integer found = parse.child(verb, "compound:prt");
        return found != null && parse.lemma(found).equals(particle);
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

    private static @Nullable Integer agentOf(Parse parse, int verb) {
        Integer agent = parse.child(verb, "obl:agent");
        return agent != null ? agent : parse.child(verb, "nmod:agent");
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

    private record Draft(String type, @Nullable String actor, @Nullable String target, @Nullable String place,
            @Nullable String date, List<Event.Party> parties, Span trigger, Span evidence) {
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

        Context(Document doc) {
            this.text = doc.text();
            this.parse = new Parse(doc.get(Layers.TOKENS), doc.get(Layers.DEPENDENCIES));
            this.sentences = doc.get(Layers.SENTENCES);
            this.mentions = doc.get(Layers.MENTIONS);
            this.entities = doc.get(Layers.ENTITIES);
            this.dates = doc.get(Layers.DATES);
            this.attributions = doc.get(Layers.ATTRIBUTIONS);
            this.focusCity = focusCity();
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

        /** The entity named by the noun phrase headed by the token, or its coordinated first conjunct. */
        @Nullable String entityOf(@Nullable Integer head) {
            if (head == null) {
                return null;
            }
            return entityIn(parse.nounPhrase(head), head);
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

        /** A mention right before the verb with only auxiliaries, adverbs and relative pronouns between. */
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
            return FILLERS.contains(pos) || (pos.startsWith("VB") && words.contains("eventFillerLemmas", token.lemma()))
                    || token.word().equals("-");
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

        @Nullable String placeOf(List<Integer> holders, String type) {
            List<Integer> phrases = new ArrayList<>();
            for (int holder : holders) {
                for (String relation : PLACE_RELATIONS) {
                    phrases.addAll(parse.children(holder, relation));
                }
                for (String relation : List.of("nsubj", "obj")) {
                    for (int argument : parse.children(holder, relation)) {
                        phrases.addAll(parse.children(argument, "nmod:in"));
                    }
                }
            }
            String best = null;
            int bestRank = Integer.MAX_VALUE;
            boolean theCity = false;
            for (int phrase : phrases) {
                Span span = parse.subtree(phrase, SKIP_CLAUSES);
                for (EntityMention mention : mentions) {
                    Entity entity = entities.get(mention.entityKey());
                    if (entity != null && entity.type().isPlace() && span.contains(mention.span())
                            && rank(entity.type()) < bestRank) {
                        best = entity.key();
                        bestRank = rank(entity.type());
                    }
                }
                theCity |= words.contains("cityNouns", parse.lemma(phrase))
                        && parse.children(phrase, "det").stream().anyMatch(d -> parse.lemma(d).equals("the"));
            }
            if (best != null) {
                return best;
            }
            return theCity || VIOLENT.contains(type) ? focusCity : null;
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
                if (date.span().overlaps(span) && date.kind().equals("DATE") && date.begin() != null) {
                    return date;
                }
            }
            return null;
        }

        boolean isTemporal(int token) {
            Span at = parse.token(token).span();
            return dates.stream().anyMatch(d -> d.span().overlaps(at));
        }

        private boolean isPlace(String key) {
            Entity entity = entities.get(key);
            return entity != null && entity.type().isPlace() && entity.type() != EntityType.COUNTRY;
        }

        /** Mediators named in the sentence: entities the knowledge base describes by mediation. */
        List<Event.Party> thirdParties(Sentence sentence, @Nullable String actor, @Nullable String target) {
            List<Event.Party> parties = new ArrayList<>();
            for (EntityMention mention : mentions) {
                String key = mention.entityKey();
                if (!sentence.span().contains(mention.span()) || key.equals(actor) || key.equals(target)
                        || parties.stream().anyMatch(p -> p.key().equals(key))) {
                    continue;
                }
                boolean mediator = kb.entry(key).map(e -> e.nouns().stream().anyMatch(n -> n.startsWith("mediat")))
                        .orElse(false);
                if (mediator) {
                    parties.add(new Event.Party(key, "mediator"));
                }
            }
            return parties;
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
