package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The recogniser's names made consistent across the document. The recogniser tags each occurrence on its own, so
 * one team is an organisation in one sentence and a place in the next, and a name it found once is missed where it
 * recurs. Here each name is trimmed of punctuation it swallowed ("-- Jane Doe") and of a
 * description of its home ("London-based"); a name that is the surname of a
 * person the document names is that person's ("Washington" after "MaliVai Washington"); capitalised words directly
 * followed by their score in a block of result lines ("Leeds 2 Hull 1"), found by the recogniser or not, are teams,
 * organisations, unless they name a country (national sides are named as their country); then each name takes the
 * type most of its occurrences have, and every other occurrence of the same words (in the same case; on lines in
 * capitals, in any case) becomes a name of that type too. Requires {@link Layers#TOKENS} and {@link Layers#NER};
 * provides {@link Layers#NAMES}, leaving the recogniser's own layer as it was.
 */
public final class NameConsistencyStage implements Stage {

    private static final String PERSON = "PERSON";
    private static final String ORGANIZATION = "ORGANIZATION";
    /** Name-and-score pairs beyond which a block of lines is a table of results. */
    private static final int RESULTS_PAIRS = 2;
    /** Names in a list beyond which the list is of one kind. */
    private static final int LIST_NAMES = 4;
    /** How many times the names of one kind outnumber the rest of a list before the rest take their kind. */
    private static final int LIST_MAJORITY = 3;

    private final KnowledgeBase kb;

    public NameConsistencyStage(KnowledgeBase kb) {
        this.kb = kb;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.NER);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.NAMES);
    }

    @Override
    public Document apply(Document doc) {
        String text = doc.text();
        List<Token> tokens = doc.get(Layers.TOKENS);
        Headlines headlines = new Headlines(text);
        List<NerMention> names = new ArrayList<>();
        for (NerMention mention : doc.get(Layers.NER)) {
            if (EntityType.fromNerTag(mention.nerType()) != null) {
                NerMention trimmed = trim(tokens, mention);
                if (trimmed != null) {
                    names.add(trimmed);
                }
            }
        }
        names = surnamesAsPeople(text, names);
        names = teamsInResults(tokens, names, text);
        names = teamsInPlay(tokens, names, text);
        names = entrantsInResults(tokens, names, text);
        names = mediaTitles(tokens, names, text);
        names = listsOfOneKind(tokens, names, text);
        Map<String, String> typeByName = majorityTypes(text, names, headlines);
        List<NerMention> consistent = new ArrayList<>();
        boolean[] covered = new boolean[tokens.size()];
        for (NerMention name : names) {
            String type = typeByName.getOrDefault(key(name.span().coveredText(text)), name.nerType());
            consistent.add(new NerMention(name.span(), type, name.firstToken(), name.endToken(), null));
            for (int t = name.firstToken(); t < name.endToken(); t++) {
                covered[t] = true;
            }
        }
        consistent.addAll(repetitions(text, tokens, names, typeByName, headlines, covered));
        consistent.sort(Comparator.comparing(NerMention::span));
        return doc.with(Layers.NAMES, List.copyOf(consistent));
    }

    /**
     * The mention without leading or trailing punctuation, without a bracket it opens or closes but does not hold
     * whole, without a description of its home; null when nothing else is left.
     */
    private static NerMention trim(List<Token> tokens, NerMention mention) {
        int first = mention.firstToken();
        int end = mention.endToken();
        while (first < end && isPunctuation(tokens.get(first))) {
            first++;
        }
        while (end > first && isPunctuation(tokens.get(end - 1))) {
            end--;
        }
        int open = 0;
        for (int t = first; t < end - 1; t++) {
            String word = tokens.get(t).word();
            open += word.equals("(") ? 1 : 0;
            if (word.equals(")") && open-- == 0) {
                // "Alan John Percivale ( A.J.P. ) Taylor": the recogniser began inside the bracket.
                first = t + 1;
                open = 0;
            }
        }
        int close = 0;
        for (int t = end - 1; t > first; t--) {
            String word = tokens.get(t).word();
            close += word.equals(")") ? 1 : 0;
            if (word.equals("(") && close-- == 0) {
                end = t;
                close = 0;
            }
        }
        for (int t = first; t < end - 1; t++) {
            if (tokens.get(t).word().endsWith("-based")) {
                // "St. Louis-based Mercantile Bancorp Inc.": the company is named after its home.
                first = t + 1;
            }
        }
        if (first == end) {
            return null;
        }
        if (first == mention.firstToken() && end == mention.endToken()) {
            return mention;
        }
        return new NerMention(span(tokens, first, end), mention.nerType(), first, end, null);
    }

    private static List<NerMention> surnamesAsPeople(String text, List<NerMention> names) {
        Set<String> surnames = new java.util.HashSet<>();
        for (NerMention name : names) {
            String[] words = name.span().coveredText(text).split("\\s+");
            if (name.nerType().equals(PERSON) && words.length > 1) {
                surnames.add(words[words.length - 1]);
            }
        }
        return names.stream().map(name -> !name.nerType().equals(PERSON)
                && surnames.contains(name.span().coveredText(text)) ? retyped(name, PERSON) : name).toList();
    }

    private List<NerMention> teamsInResults(List<Token> tokens, List<NerMention> found, String text) {
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
            return results && team && isScored(tokens, name) ? retyped(name, ORGANIZATION) : name;
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
                NerMention candidate = new NerMention(span(tokens, i, end), ORGANIZATION, i, end, null);
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
                teams.add(country ? retyped(candidate, "LOCATION") : candidate);
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
    private static boolean isCapitalisedWord(List<Token> tokens, int index) {
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
    private List<NerMention> entrantsInResults(List<Token> tokens, List<NerMention> found, String text) {
        Revision revision = new Revision(tokens, found);
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
                revision.added.add(new NerMention(span(tokens, first, open), PERSON, first, open, null));
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

    /** Names retyped and names added, applied at once to the names found, in text order. */
    private static final class Revision {
        /** The name found at each token, if any. */
        final NerMention[] at;
        final Map<NerMention, String> retype = new HashMap<>();
        final List<NerMention> added = new ArrayList<>();

        Revision(List<Token> tokens, List<NerMention> found) {
            at = new NerMention[tokens.size()];
            found.forEach(name -> java.util.Arrays.fill(at, name.firstToken(), name.endToken(), name));
        }

        List<NerMention> applyTo(List<NerMention> found) {
            List<NerMention> names = new ArrayList<>();
            found.forEach(name -> names.add(retype.containsKey(name) ? retyped(name, retype.get(name)) : name));
            names.addAll(added);
            names.sort(Comparator.comparing(NerMention::span));
            return names;
        }
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

    /** The text of tokens [first, end). */
    private static Span span(List<Token> tokens, int first, int end) {
        return new Span(tokens.get(first).span().begin(), tokens.get(end - 1).span().end());
    }

    /**
     * The title of a newspaper, radio or channel, written before what it is ("Britain's Sun newspaper", "Zycie
     * Warszawy daily said"): capitalised words the recogniser left or took for a person, before a media noun from
     * {@code kb/words.json}, are an organisation. A nationality stays one ("Syrian state television").
     */
    private List<NerMention> mediaTitles(List<Token> tokens, List<NerMention> found, String text) {
        Revision revision = new Revision(tokens, found);
        NerMention[] at = revision.at;
        for (int noun = 1; noun < tokens.size(); noun++) {
            if (!isMediaNoun(tokens, noun)) {
                continue;
            }
            NerMention before = at[noun - 1];
            if (before != null) {
                if (before.nerType().equals(PERSON) && before.endToken() == noun) {
                    revision.retype.put(before, ORGANIZATION);
                }
                continue;
            }
            int first = noun;
            while (first > 0 && noun - first < 4 && isCapitalisedWord(tokens, first - 1)
                    && tokens.get(first - 1).isProperNoun()
                    && tokens.get(first - 1).sentence() == tokens.get(noun).sentence()
                    && kb.descriptorsStartingWith(tokens.get(first - 1).word()).isEmpty()) {
                first--;
            }
            if (first < noun) {
                revision.added.add(new NerMention(span(tokens, first, noun), ORGANIZATION, first, noun, null));
            }
        }
        return revision.applyTo(found);
    }

    /**
     * Names listed together are of one kind: in a run of at least {@value #LIST_NAMES} names separated only by
     * punctuation, numbers and "and" ("4 - Christian Karembeu , 7 - Didier Deschamps"), where people (or
     * organisations) outnumber the names of other kinds that the knowledge base does not know {@value #LIST_MAJORITY}
     * to one, those take their type. The recogniser reads unfamiliar names in a line-up as organisations.
     */
    private List<NerMention> listsOfOneKind(List<Token> tokens, List<NerMention> names, String text) {
        List<NerMention> result = new ArrayList<>(names);
        int start = 0;
        while (start < names.size()) {
            int end = start + 1;
            while (end < names.size() && isListGap(tokens, names.get(end - 1), names.get(end))) {
                end++;
            }
            if (end - start >= LIST_NAMES) {
                retypeMinority(result, start, end, text);
            }
            start = end;
        }
        return result;
    }

    private void retypeMinority(List<NerMention> names, int start, int end, String text) {
        for (String kind : List.of(PERSON, ORGANIZATION)) {
            int of = 0;
            List<Integer> others = new ArrayList<>();
            for (int i = start; i < end; i++) {
                NerMention name = names.get(i);
                // A person listed has a first name or an initial: one word among people is a club ("Hampshire 232").
                boolean oneWord = name.endToken() - name.firstToken() == 1;
                if (name.nerType().equals(kind)) {
                    of++;
                } else if (!isKnown(name.span().coveredText(text)) && !(kind.equals(PERSON) && oneWord)) {
                    others.add(i);
                }
            }
            if (!others.isEmpty() && of >= LIST_MAJORITY * others.size()) {
                others.forEach(i -> names.set(i, retyped(names.get(i), kind)));
            }
        }
    }

    /** A name the knowledge base has, a country's ("France ( Cyril Bos , ... )") above all. */
    private boolean isKnown(String name) {
        return !kb.named(name).isEmpty() || kb.acronym(name) != null;
    }

    /** Only punctuation, numbers (substitutes' minutes: "46th") and "and" between two names of one sentence, with a comma, semicolon or bracket among them. */
    private static boolean isListGap(List<Token> tokens, NerMention before, NerMention after) {
        if (tokens.get(before.firstToken()).sentence() != tokens.get(after.firstToken()).sentence()) {
            return false;
        }
        boolean separated = false;
        for (int t = before.endToken(); t < after.firstToken(); t++) {
            Token token = tokens.get(t);
            separated |= token.word().matches("[,;()]");
            boolean number = token.pos().equals("CD") || token.ner().equals("ORDINAL") || token.ner().equals("NUMBER");
            boolean filler = isPunctuation(token) || number || token.word().equals("and");
            if (!filler) {
                return false;
            }
        }
        return separated;
    }

    /** A media noun in lower case ("daily", "newspaper"): in capitals it may be part of the title. */
    private boolean isMediaNoun(List<Token> tokens, int index) {
        String word = tokens.get(index).word();
        return word.equals(word.toLowerCase(Locale.ROOT)) && kb.words().contains("mediaNouns", word);
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
    private List<NerMention> teamsInPlay(List<Token> tokens, List<NerMention> names, String text) {
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
            return plays || played ? retyped(name, ORGANIZATION) : name;
        }).toList();
    }

    /** Several words, one of them a known place, that together are not one: "Air France", "Dynamo Moscow". */
    private boolean isNamedAfterPlace(String name) {
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

    private static NerMention retyped(NerMention name, String type) {
        return new NerMention(name.span(), type, name.firstToken(), name.endToken(), null);
    }

    private static boolean isPunctuation(Token token) {
        return token.word().codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /**
     * For each name found more than once outside lines in capitals, the type most of its occurrences have; on a tie
     * that includes the organisation, the organisation if the name is one named after a place.
     */
    private Map<String, String> majorityTypes(String text, List<NerMention> names, Headlines headlines) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (NerMention name : names) {
            if (!headlines.contains(name.span())) {
                counts.computeIfAbsent(key(name.span().coveredText(text)), k -> new HashMap<>())
                        .merge(name.nerType(), 1, Integer::sum);
            }
        }
        Map<String, String> majority = new HashMap<>();
        counts.forEach((name, byType) -> {
            List<Map.Entry<String, Integer>> ranked = byType.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .toList();
            boolean strict = ranked.size() == 1 || ranked.get(0).getValue() > ranked.get(1).getValue();
            if (strict) {
                majority.put(name, ranked.get(0).getKey());
            } else if (byType.getOrDefault(ORGANIZATION, 0).equals(ranked.get(0).getValue())
                    && isNamedAfterPlace(name)) {
                // An organisation named after a place ("Air France", "Dynamo Moscow") is where the recogniser
                // wavers between the two; a tie is the organisation.
                majority.put(name, ORGANIZATION);
            }
        });
        return majority;
    }

    /**
     * Occurrences of a found name that the recogniser missed: the same words in the same case, or in any case on a
     * line in capitals. A one-word name must be tagged a proper noun there, so that "Given" the verb stays a word.
     */
    private static List<NerMention> repetitions(String text, List<Token> tokens, List<NerMention> names,
            Map<String, String> typeByName, Headlines headlines, boolean[] covered) {
        Map<String, List<List<String>>> byFirstWord = new HashMap<>();
        for (NerMention name : names) {
            if (headlines.contains(name.span())) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (int t = name.firstToken(); t < name.endToken(); t++) {
                words.add(tokens.get(t).word());
            }
            List<List<String>> known = byFirstWord.computeIfAbsent(words.get(0).toUpperCase(Locale.ROOT),
                    w -> new ArrayList<>());
            if (!known.contains(words)) {
                known.add(words);
            }
        }
        List<NerMention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i]) {
                continue;
            }
            boolean inCapitals = headlines.contains(tokens.get(i).span());
            for (List<String> words : byFirstWord.getOrDefault(tokens.get(i).word().toUpperCase(Locale.ROOT),
                    List.of())) {
                int end = i + words.size();
                if (end > tokens.size() || !matches(tokens, i, words, inCapitals, covered)
                        || (words.size() == 1 && !tokens.get(i).isProperNoun())) {
                    continue;
                }
                Span span = span(tokens, i, end);
                String type = typeByName.get(key(String.join(" ", words)));
                if (type != null) {
                    found.add(new NerMention(span, type, i, end, null));
                    for (int t = i; t < end; t++) {
                        covered[t] = true;
                    }
                    break;
                }
            }
        }
        return found;
    }

    private static boolean matches(List<Token> tokens, int start, List<String> words, boolean anyCase,
            boolean[] covered) {
        int sentence = tokens.get(start).sentence();
        for (int k = 0; k < words.size(); k++) {
            Token token = tokens.get(start + k);
            boolean same = anyCase ? token.word().equalsIgnoreCase(words.get(k)) : token.word().equals(words.get(k));
            if (!same || covered[start + k] || token.sentence() != sentence) {
                return false;
            }
        }
        return true;
    }

    /** Names compare by their words, whatever the case and spacing. */
    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
