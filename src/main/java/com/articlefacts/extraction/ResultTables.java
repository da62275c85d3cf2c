package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names in tables of sports results, which the recogniser reads one cell at a time: capitalised words directly
 * followed by a score in a block of result lines ("Leeds 2 Hull 1") are teams, found by the recogniser or not, and
 * organisations unless they name a country (national sides are named as their country); the entrants of a line of
 * results with times or points ("Reynard Honda , 53.980") likewise; a place that plays or beats is a team.
 */
final class ResultTables {

    /** Name-and-score pairs beyond which a block of lines is a table of results. */
    static final int RESULTS_PAIRS = 2;
    private static final String PERSON = "PERSON";
    private static final String ORGANIZATION = "ORGANIZATION";

    private final KnowledgeBase kb;

    ResultTables(KnowledgeBase kb) {
        this.kb = kb;
    }

    List<NerMention> teamsInResults(List<Token> tokens, List<NerMention> found, String text) {
        Map<Integer, Integer> scoredPerSentence = new HashMap<>();
        List<NerMention> names = new ArrayList<>(found);
        names.addAll(unnamedTeams(tokens, found, text));
        names.sort(Comparator.comparing(NerMention::span));
        for (NerMention name : names) {
            if (isScored(tokens, name)) {
                scoredPerSentence.merge(tokens.get(name.firstToken()).sentence(), 1, Integer::sum);
            }
        }
        return names.stream().map(name -> {
            boolean results = scoredPerSentence.getOrDefault(tokens.get(name.firstToken()).sentence(), 0)
                    >= RESULTS_PAIRS;
            boolean place = EntityType.fromNerTag(name.nerType()).isPlace();
            boolean country = isCountry(name.span().coveredText(text));
            // A person in a table of results has a first name or an initial ("A. Dale 69"); one word is a club.
            boolean oneWordPerson = name.nerType().equals(PERSON) && name.endToken() - name.firstToken() == 1
                    && !isAfterInitial(tokens, name.firstToken());
            boolean team = place && !country || oneWordPerson;
            return results && team && isScored(tokens, name) ? NameConsistencyStage.retyped(name, ORGANIZATION) : name;
        }).toList();
    }

    /**
     * Names the recogniser missed in a line of results: capitalised words directly followed by a score, where the
     * line has at least {@value #RESULTS_PAIRS} such pairs besides ("Bath 56 Sale 31 Wasps 33"). They are teams,
     * unless they name a country.
     */
    private List<NerMention> unnamedTeams(List<Token> tokens, List<NerMention> names, String text) {
        boolean[] covered = new boolean[tokens.size()];
        names.forEach(name -> java.util.Arrays.fill(covered, name.firstToken(), name.endToken(), true));
        List<NerMention> candidates = new ArrayList<>();
        Map<Integer, Integer> pairsPerSentence = new HashMap<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = i;
            while (end < tokens.size() && isCapitalisedWord(tokens, end) && !covered[end]
                    && tokens.get(end).sentence() == tokens.get(i).sentence()) {
                end++;
            }
            if (end > i) {
                NerMention candidate = new NerMention(NameConsistencyStage.span(tokens, i, end), ORGANIZATION, i, end, null);
                if (isScored(tokens, candidate)) {
                    candidates.add(candidate);
                }
                i = end;
            } else {
                if (covered[i] && isScored(tokens, i + 1)) {
                    pairsPerSentence.merge(tokens.get(i).sentence(), 1, Integer::sum);
                }
                i++;
            }
        }
        candidates.forEach(c -> pairsPerSentence.merge(tokens.get(c.firstToken()).sentence(), 1, Integer::sum));
        Map<Integer, Integer> pairsPerBlock = blocks(pairsPerSentence);
        List<NerMention> teams = new ArrayList<>();
        for (NerMention candidate : candidates) {
            if (pairsPerBlock.get(tokens.get(candidate.firstToken()).sentence()) > RESULTS_PAIRS) {
                boolean country = isCountry(candidate.span().coveredText(text));
                teams.add(country ? NameConsistencyStage.retyped(candidate, "LOCATION") : candidate);
            }
        }
        return teams;
    }

    /**
     * For each sentence with name-and-score pairs, the pairs of its block: the run of consecutive sentences that all
     * have some, since a table gives a line to each result ("Bath 56" / "Sale 31 Wasps 33").
     */
    private static Map<Integer, Integer> blocks(Map<Integer, Integer> pairsPerSentence) {
        Map<Integer, Integer> perBlock = new HashMap<>();
        for (int sentence : pairsPerSentence.keySet()) {
            if (pairsPerSentence.containsKey(sentence - 1)) {
                continue;
            }
            int total = 0;
            int end = sentence;
            while (pairsPerSentence.containsKey(end)) {
                total += pairsPerSentence.get(end);
                end++;
            }
            for (int s = sentence; s < end; s++) {
                perBlock.put(s, total);
            }
        }
        return perBlock;
    }

    /** A capitalised word that is neither a date ("May 13") nor a surname after an initial ("A. Dale 69"). */
    static boolean isCapitalisedWord(List<Token> tokens, int index) {
        Token token = tokens.get(index);
        return token.isCapitalized() && token.word().codePoints().allMatch(Character::isLetter)
                && token.ner().equals("O") && !isAfterInitial(tokens, index);
    }

    private static boolean isAfterInitial(List<Token> tokens, int index) {
        return index > 0 && tokens.get(index - 1).word().matches("\\p{Lu}\\.");
    }

    /**
     * Rows of results name an entrant by the country in brackets after it, then the entrant's team: "2. Venuste
     * Niyongabo ( Burundi ) 3:51.01", "1. Alex Zanardi ( Italy ) , Reynard Honda , 53.980". Two or three capitalised
     * words before a bracketed country are a person, whatever the recogniser made of them; the name right after
     * the bracket, when a result follows it, is the person's team.
     */
    List<NerMention> entrantsInResults(List<Token> tokens, List<NerMention> found, String text) {
        NameRevision revision = new NameRevision(tokens, found);
        NerMention[] at = revision.at;
        for (int open = 1; open < tokens.size(); open++) {
            int close = countryInBrackets(tokens, open, text);
            if (close < 0) {
                continue;
            }
            NerMention before = at[open - 1];
            int first = before != null ? before.firstToken() : open;
            while (before == null && first > 0 && open - first < 3 && isCapitalisedWord(tokens, first - 1)
                    && tokens.get(first - 1).sentence() == tokens.get(open).sentence()) {
                first--;
            }
            int length = open - first;
            boolean entrant = length >= 2 && length <= 3 && tokens.get(first).isProperNoun()
                    && (before == null || before.endToken() == open && allCapitalised(tokens, before));
            if (!entrant) {
                continue;
            }
            if (before == null) {
                revision.added.add(new NerMention(NameConsistencyStage.span(tokens, first, open), PERSON, first, open, null));
            } else if (!before.nerType().equals(PERSON)) {
                revision.retype.put(before, PERSON);
            }
            int team = close + 1 < tokens.size() && tokens.get(close + 1).word().equals(",") ? close + 2 : close + 1;
            if (team < tokens.size() && at[team] != null && at[team].firstToken() == team
                    && isResultAfter(tokens, at[team].endToken())) {
                revision.retype.put(at[team], ORGANIZATION);
            }
        }
        return revision.applyTo(found);
    }

    /** A time, score or distance comes next ("Reynard Honda , 53.980"), as in a row, not another name of a list. */
    private static boolean isResultAfter(List<Token> tokens, int index) {
        int next = index < tokens.size() && tokens.get(index).word().equals(",") ? index + 1 : index;
        return next < tokens.size() && tokens.get(next).sentence() == tokens.get(index - 1).sentence()
                && tokens.get(next).pos().equals("CD");
    }

    /** The index of the ")" when tokens from {@code open} are "( Country )", else -1. */
    private int countryInBrackets(List<Token> tokens, int open, String text) {
        if (open >= tokens.size() || !tokens.get(open).word().equals("(")) {
            return -1;
        }
        for (int close = open + 2; close < Math.min(tokens.size(), open + 5); close++) {
            if (tokens.get(close).word().equals(")")) {
                String inside = text.substring(tokens.get(open + 1).span().begin(), tokens.get(close - 1).span().end());
                return isCountry(inside) ? close : -1;
            }
        }
        return -1;
    }

    private static boolean allCapitalised(List<Token> tokens, NerMention name) {
        for (int t = name.firstToken(); t < name.endToken(); t++) {
            if (!tokens.get(t).isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isScored(List<Token> tokens, int next) {
        return next < tokens.size() && tokens.get(next).sentence() == tokens.get(next - 1).sentence()
                && tokens.get(next).word().matches("\\d{1,3}");
    }

    /** A name followed directly by a whole number ("Leeds 2"), in the same sentence. */
    private static boolean isScored(List<Token> tokens, NerMention name) {
        int next = name.endToken();
        return next < tokens.size() && tokens.get(next).sentence() == tokens.get(name.firstToken()).sentence()
                && tokens.get(next).word().matches("\\d{1,3}");
    }

    /**
     * A city or region that plays ("Leicestershire beat Somerset", "Leeds drew with Hull") is a team, an
     * organisation; a country that plays stays a place, as national sides are named. The verbs of play live in
     * {@code kb/words.json}.
     */
    List<NerMention> teamsInPlay(List<Token> tokens, List<NerMention> names, String text) {
        return names.stream().map(name -> {
            boolean place = EntityType.fromNerTag(name.nerType()).isPlace();
            if (!place || isCountry(name.span().coveredText(text))) {
                return name;
            }
            int sentence = tokens.get(name.firstToken()).sentence();
            int after = name.endToken();
            while (after < tokens.size() && tokens.get(after).pos().startsWith("RB")) {
                after++;
            }
            int before = name.firstToken() - 1;
            boolean plays = after < tokens.size() && tokens.get(after).sentence() == sentence
                    && kb.words().contains("playVerbs", tokens.get(after).lemma());
            boolean played = before >= 0 && tokens.get(before).sentence() == sentence
                    && kb.words().contains("playVerbs", tokens.get(before).lemma())
                    && tokens.get(before).pos().startsWith("VB");
            return plays || played ? NameConsistencyStage.retyped(name, ORGANIZATION) : name;
        }).toList();
    }

    /** Several words, one of them a known place, that together are not one: "Air France", "Dynamo Moscow". */
    boolean isNamedAfterPlace(String name) {
        String[] parts = name.split(" ");
        if (parts.length < 2 || kb.named(name).stream().anyMatch(e -> e.type().isPlace())) {
            return false;
        }
        return java.util.Arrays.stream(parts).anyMatch(part -> kb.named(part).stream().anyMatch(e -> e.type().isPlace()));
    }

    /** A country's name or acronym ("U.S."). */
    private boolean isCountry(String name) {
        KbEntry acronym = kb.acronym(name);
        return acronym != null && acronym.type() == EntityType.COUNTRY
                || kb.named(name).stream().anyMatch(entry -> entry.type() == EntityType.COUNTRY);
    }
}
