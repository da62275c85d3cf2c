package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * People referred to without their name. A personal pronoun ("he", "his", "she") refers to the person named last
 * before it, in its sentence or the two before. A title after "the" ("the Foreign Secretary", "the Prime Minister")
 * refers to the person the document names with that title ("Foreign Secretary Jane Doe"). A pronoun or title with no
 * such person is left alone rather than guessed. "We" and "they" refer to the organisation or acting state named
 * last; "we" first to the one a main clause named as its subject, the side that speaks. Titles and pronouns live in {@code kb/words.json}. Requires
 * {@link Layers#TOKENS}, {@link Layers#ENTITIES} and {@link Layers#MENTIONS}; provides the last two.
 */
public final class PersonReferenceStage implements Stage {

    /** How many sentences before a pronoun its person may have been named. */
    private static final int PRONOUN_REACH = 2;
    /** How many words before a speaker's head its group may be named: "Israel's military", "the UN's agency". */
    private static final int SPEAKER_PHRASE = 3;

    private final Words words;
    private final List<List<String>> titles;

    public PersonReferenceStage(Words words) {
        this.words = words;
        this.titles = words.phrases("personTitles");
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.ENTITIES, Layers.MENTIONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.ENTITIES, Layers.MENTIONS);
    }

    @Override
    public Document apply(Document doc) {
        List<Token> tokens = doc.get(Layers.TOKENS);
        Map<String, Entity> entities = doc.get(Layers.ENTITIES);
        List<EntityMention> mentions = doc.get(Layers.MENTIONS);
        NameLinkingStage.Mentions found = new NameLinkingStage.Mentions(doc.text(), mentions, entities);
        Set<Integer> mainSubjects = mainSubjects(doc);
        Map<Integer, Integer> reportedSpeakers = reportedSpeakers(doc);
        List<Named> people = named(tokens, mentions, entities, PersonReferenceStage::isPerson, mainSubjects);
        List<Named> groups = named(tokens, mentions, entities, PersonReferenceStage::isGroup, mainSubjects);
        List<Named> speakingGroups = groups.stream().filter(Named::mainSubject).toList();
        // "they" may also be a people or forces a state's adjective describes: "the Iraqi people ... as they"
        List<Named> peoples = named(tokens, mentions, entities, (e, m) -> e.type() == EntityType.COUNTRY && m.nominal(),
                mainSubjects).stream().filter(n -> isPluralNounAfter(tokens, n)).toList();
        List<Named> theyGroups = java.util.stream.Stream.concat(groups.stream(), peoples.stream())
                .sorted(java.util.Comparator.comparingInt(Named::firstToken)).toList();
        Map<String, String> personByTitle = titledPeople(tokens, people);
        Named speakingSide = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (found.overlapsAny(token.span())) {
                continue;
            }
            boolean speaker = words.contains("speakerPronouns", token.word()) && token.word().equals("I")
                    || words.contains("speakerPronouns", token.word()) && !token.word().equalsIgnoreCase("i");
            if (words.contains("personPronouns", token.word()) || speaker) {
                Named antecedent = lastBefore(people, token);
                if (antecedent != null) {
                    found.add(new EntityMention(token.span(), antecedent.key, true,
                            EntityMention.Source.COREFERENCE), entities.get(antecedent.key));
                }
                continue;
            }
            if (token.word().equals("it") && reportedSpeakers.containsKey(i)) {
                // "Israel's military said it had killed ...": the group that says it, named in the speaker's words
                Named antecedent = lastBefore(groups, token);
                int saying = reportedSpeakers.get(i);
                if (antecedent != null && antecedent.firstToken() <= saying
                        && antecedent.firstToken() >= saying - SPEAKER_PHRASE) {
                    boolean state = entities.get(antecedent.key).type() == EntityType.COUNTRY;
                    found.add(new EntityMention(token.span(), antecedent.key, true,
                            EntityMention.Source.COREFERENCE, state), entities.get(antecedent.key));
                }
                continue;
            }
            if (words.contains("organisationPronouns", token.word())) {
                // "we" is the side that speaks: the group a main clause before had as its subject ("The United
                // States condemns the attacks Da'esh claimed. We will ..."), else the group named last
                boolean we = token.word().equalsIgnoreCase("we");
                Named antecedent = we && speakingSide != null ? speakingSide
                        : we && lastBefore(speakingGroups, token) != null ? lastBefore(speakingGroups, token)
                        : lastBefore(we ? groups : theyGroups, token);
                if (we && antecedent != null) {
                    speakingSide = antecedent; // one story's "we" is one side, however many groups it names later
                }
                if (antecedent != null) {
                    // A state referred to as "we" or "they" is the state acting.
                    boolean state = entities.get(antecedent.key).type() == EntityType.COUNTRY;
                    found.add(new EntityMention(token.span(), antecedent.key, true,
                            EntityMention.Source.COREFERENCE, state), entities.get(antecedent.key));
                }
                continue;
            }
            if (token.word().equalsIgnoreCase("the") && i + 1 < tokens.size()) {
                int end = titleEnd(tokens, i + 1);
                if (end > 0) {
                    String title = words(tokens, i + 1, end);
                    String key = personByTitle.get(title);
                    Span span = new Span(tokens.get(i + 1).span().begin(), tokens.get(end - 1).span().end());
                    boolean beforeTheName = end < tokens.size() && found.overlapsAny(tokens.get(end).span());
                    if (key != null && !beforeTheName && !found.overlapsAny(span)) {
                        found.add(new EntityMention(span, key, true, EntityMention.Source.COREFERENCE),
                                entities.get(key));
                    }
                    i = end - 1;
                }
            }
        }
        return doc.with(Layers.ENTITIES, Map.copyOf(found.entities())).with(Layers.MENTIONS, found.sorted());
    }

    /** A person's mention by name, with the sentence and token it starts at. */
    private record Named(String key, int sentence, int firstToken, boolean mainSubject) {
    }

    /** Mentions by name that pass the test, in text order, with where they start and whether they are a subject. */
    private static List<Named> named(List<Token> tokens, List<EntityMention> mentions, Map<String, Entity> entities,
            java.util.function.BiPredicate<Entity, EntityMention> test, Set<Integer> mainSubjects) {
        Map<Integer, Token> byBegin = new HashMap<>();
        tokens.forEach(token -> byBegin.put(token.span().begin(), token));
        List<Named> named = new ArrayList<>();
        for (EntityMention mention : mentions) {
            Entity entity = entities.get(mention.entityKey());
            Token first = byBegin.get(mention.span().begin());
            if (entity != null && first != null && test.test(entity, mention)) {
                boolean subject = false;
                for (int t = first.index(); t < tokens.size() && mention.span().contains(tokens.get(t).span()); t++) {
                    subject |= mainSubjects.contains(t);
                }
                named.add(new Named(mention.entityKey(), first.sentence(), first.index(), subject));
            }
        }
        return named;
    }

    /** The subjects of each sentence's main clause: of its root and the verbs joined to it by "and". */
    private static Set<Integer> mainSubjects(Document doc) {
        if (!doc.has(Layers.DEPENDENCIES)) {
            return Set.of();
        }
        Set<Integer> roots = new java.util.HashSet<>();
        List<Dependency> dependencies = doc.get(Layers.DEPENDENCIES);
        for (Dependency dependency : dependencies) {
            if (dependency.governor() < 0) {
                roots.add(dependency.dependent());
            }
        }
        for (Dependency dependency : dependencies) {
            if (roots.contains(dependency.governor()) && dependency.relation().startsWith("conj")) {
                roots.add(dependency.dependent());
            }
        }
        Set<Integer> subjects = new java.util.HashSet<>();
        for (Dependency dependency : dependencies) {
            if (roots.contains(dependency.governor()) && (dependency.relation().equals("nsubj")
                    || dependency.relation().equals("nsubj:pass"))) {
                subjects.add(dependency.dependent());
            }
        }
        return subjects;
    }

    /** Whether the word after the mention's first word is a plural noun ("Iraqi people", "Russian troops"). */
    private static boolean isPluralNounAfter(List<Token> tokens, Named named) {
        int next = named.firstToken() + 1;
        return next < tokens.size() && tokens.get(next).sentence() == named.sentence()
                && (tokens.get(next).pos().equals("NNS") || tokens.get(next).word().equalsIgnoreCase("people"));
    }

    /**
     * For each subject of a clause that completes another ("said it had"), the subject of that other clause, the
     * speaker: the pronoun may stand for a group named in the speaker's words, not for any name before it.
     */
    private static Map<Integer, Integer> reportedSpeakers(Document doc) {
        if (!doc.has(Layers.DEPENDENCIES)) {
            return Map.of();
        }
        List<Dependency> dependencies = doc.get(Layers.DEPENDENCIES);
        Map<Integer, Integer> complementOf = new HashMap<>();
        Map<Integer, Integer> subjectOf = new HashMap<>();
        for (Dependency dependency : dependencies) {
            if (dependency.relation().equals("ccomp") && dependency.governor() >= 0) {
                complementOf.put(dependency.dependent(), dependency.governor());
            }
            if (dependency.relation().equals("nsubj") || dependency.relation().equals("nsubj:pass")) {
                subjectOf.putIfAbsent(dependency.governor(), dependency.dependent());
            }
        }
        Map<Integer, Integer> speakers = new HashMap<>();
        for (Dependency dependency : dependencies) {
            Integer reporting = complementOf.get(dependency.governor());
            if (dependency.relation().startsWith("nsubj") && reporting != null && subjectOf.containsKey(reporting)) {
                speakers.put(dependency.dependent(), subjectOf.get(reporting));
            }
        }
        return speakers;
    }

    private static boolean isPerson(Entity entity, EntityMention mention) {
        return entity.type() == EntityType.PERSON && !mention.nominal();
    }

    /** Organisations and states acting, by name. */
    private static boolean isGroup(Entity entity, EntityMention mention) {
        boolean group = entity.type() == EntityType.ORGANIZATION
                || entity.type() == EntityType.COUNTRY && mention.actor();
        return group && mention.source() != EntityMention.Source.COREFERENCE;
    }

    private static @Nullable Named lastBefore(List<Named> people, Token pronoun) {
        Named last = null;
        for (Named person : people) {
            if (person.firstToken < pronoun.index() && pronoun.sentence() - person.sentence <= PRONOUN_REACH) {
                last = person;
            }
        }
        return last;
    }

    /** Titles written right before a person's name ("Foreign Secretary Jane Doe"), with that person's key. */
    private Map<String, String> titledPeople(List<Token> tokens, List<Named> people) {
        Map<String, String> byTitle = new HashMap<>();
        Set<String> ambiguous = new java.util.HashSet<>();
        for (Named person : people) {
            for (List<String> title : titles) {
                int start = person.firstToken - title.size();
                if (start >= 0 && matches(tokens, start, title)) {
                    String written = words(tokens, start, person.firstToken);
                    String before = byTitle.putIfAbsent(written, person.key);
                    if (before != null && !before.equals(person.key)) {
                        ambiguous.add(written);
                    }
                    break;
                }
            }
        }
        ambiguous.forEach(byTitle::remove);
        return byTitle;
    }

    /** The end of a capitalised title starting at the token, or -1. */
    private int titleEnd(List<Token> tokens, int start) {
        for (List<String> title : titles) {
            if (matches(tokens, start, title) && tokens.get(start).isCapitalized()) {
                return start + title.size();
            }
        }
        return -1;
    }

    private static boolean matches(List<Token> tokens, int start, List<String> title) {
        if (start + title.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < title.size(); k++) {
            Token token = tokens.get(start + k);
            if (!token.word().toLowerCase(Locale.ROOT).equals(title.get(k))
                    || token.sentence() != tokens.get(start).sentence()) {
                return false;
            }
        }
        return true;
    }

    private static String words(List<Token> tokens, int start, int end) {
        StringBuilder out = new StringBuilder();
        for (int t = start; t < end; t++) {
            out.append(out.isEmpty() ? "" : " ").append(tokens.get(t).word().toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
