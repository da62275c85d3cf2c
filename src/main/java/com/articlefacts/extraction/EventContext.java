package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * What the event rules look at in one document: the parse, the entities and their mentions, the dates, the
 * bindings of the argument patterns (made for a sentence the first time one of its words is
 * asked about), and what a word or an entity is to an event: a force, an office, a place, a state.
 */
final class EventContext {

    /** The layers it reads: what every stage that makes one requires. */
    static final Set<Layer<?>> LAYERS = Set.of(Layers.TOKENS, Layers.DEPENDENCIES, Layers.SENTENCES, Layers.ENTITIES,
            Layers.MENTIONS, Layers.DATES);

    /** Clauses that say something else than the phrase they hang from. */
    static final Set<String> SKIP_CLAUSES = Set.of("advcl", "acl", "parataxis", "ccomp", "conj", "dep");
    private static final Set<String> FILLERS = Set.of("MD", "RB", "TO");

    final String text;
    final Parse parse;
    final List<Sentence> sentences;
    final List<EntityMention> mentions;
    final Map<String, Entity> entities;
    final List<TemporalExpression> dates;
    final EventVocabulary vocabulary;
    final Words words;
    private final KnowledgeBase kb;
    private final Map<Integer, Map<Integer, List<ArgumentPatterns.Binding>>> bindingsBySentence = new HashMap<>();
    private @Nullable String focusCity;
    private boolean focusCityKnown;

    EventContext(Document doc, EventVocabulary vocabulary) {
        this.text = doc.text();
        this.parse = new Parse(doc.get(Layers.TOKENS), doc.get(Layers.DEPENDENCIES));
        this.sentences = doc.get(Layers.SENTENCES);
        this.mentions = doc.get(Layers.MENTIONS);
        this.entities = doc.get(Layers.ENTITIES);
        this.dates = doc.get(Layers.DATES);
        this.vocabulary = vocabulary;
        this.words = vocabulary.words;
        this.kb = vocabulary.kb;
    }

    /** The bindings of the patterns in the token's sentence, by trigger; none where no word is a trigger. */
    private Map<Integer, List<ArgumentPatterns.Binding>> bindingsOf(int token) {
        int index = parse.token(token).sentence();
        return bindingsBySentence.computeIfAbsent(index, i -> {
            Sentence sentence = sentences.get(i);
            return holdsTrigger(sentence) ? vocabulary.patterns.bind(SentenceGraphs.of(parse, sentence), sentence)
                    : Map.of();
        });
    }

    private boolean holdsTrigger(Sentence sentence) {
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            if (vocabulary.isTrigger(parse.lemma(i))) {
                return true;
            }
        }
        return false;
    }

    /** The city mentioned most often, the first of equals: the city the article is about. */
    @Nullable String focusCity() {
        if (!focusCityKnown) {
            focusCity = mostMentionedCity();
            focusCityKnown = true;
        }
        return focusCity;
    }

    /**
     * What the phrase patterns for this kind of trigger bind to the word in the role, in the file's order, without
     * the bindings the pattern skips (a date, a place, a word that names no entity).
     */
    List<ArgumentPatterns.Binding> bound(int token, String role, boolean noun) {
        List<ArgumentPatterns.Binding> found = new ArrayList<>();
        for (ArgumentPatterns.Binding binding : bindingsOf(token).getOrDefault(token, List.of())) {
            ArgumentPattern pattern = binding.pattern();
            int argument = binding.argument();
            boolean skipped = (pattern.skip().contains("date") && isTemporal(argument))
                    || (pattern.skip().contains("place") && isPlaceToken(argument))
                    || (pattern.skip().contains("unnamed") && entityOf(argument) == null);
            if (pattern.voice() == null && pattern.role().equals(role) && pattern.isFor(noun) && !skipped) {
                found.add(binding);
            }
        }
        return found;
    }

    /** What the first pattern of the verb's own slot in the voice binds in the role: its subject, object, ... */
    ArgumentPatterns.@Nullable Binding slot(int verb, String role, String voice) {
        for (ArgumentPatterns.Binding binding : bindingsOf(verb).getOrDefault(verb, List.of())) {
            ArgumentPattern pattern = binding.pattern();
            if (voice.equals(pattern.voice()) && pattern.role().equals(role)) {
                return binding;
            }
        }
        return null;
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

    private @Nullable String mostMentionedCity() {
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

    /** A verb of harm done to its object: casualties, a violent trigger, damage ("reduced to rubble"). */
    boolean isHarmVerb(int verb) {
        return isCasualtyVerb(verb) || words.contains("damageVerbs", parse.lemma(verb)) || isViolentVerb(verb);
    }

    /** Whether the word is the verb of a violent trigger ("shelled", "attacked"). */
    boolean isViolentVerb(int token) {
        return vocabulary.triggers(parse.lemma(token)).stream()
                .anyMatch(t -> !t.noun() && vocabulary.type(t.type()).violent());
    }

    /** A verb that reports people killed or injured. */
    boolean isCasualtyVerb(int verb) {
        return words.contains("fatalityWords", parse.lemma(verb)) || words.contains("injuryWords", parse.lemma(verb));
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

    /** The mentions inside one word, as in "Iran-Iraq". */
    List<EntityMention> sidesIn(int token) {
        Span word = parse.token(token).span();
        return mentions.stream().filter(m -> word.contains(m.span()) && !m.span().equals(word)).toList();
    }

    /** Whether the token is a nominal trigger of the kind the test asks for. */
    boolean isNounOf(int token, Predicate<FactLexicon.Trigger> test) {
        return vocabulary.triggers(parse.lemma(token)).stream()
                .anyMatch(t -> t.noun() && test.test(t));
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

    /** A state acting: a country, one of its institutions, or an entry described as a government or an army. */
    boolean isState(String key) {
        Entity entity = entities.get(key);
        return entity != null && (entity.type() == EntityType.COUNTRY || entity.partOf() != null || kb.entry(key)
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
}
