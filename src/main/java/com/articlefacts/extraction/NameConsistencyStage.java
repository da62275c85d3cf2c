package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The recogniser's names made consistent across the document. The recogniser tags each occurrence on its own, so
 * one team is an organisation in one sentence and a place in the next, and a name it found once is missed where it
 * recurs. Here each name is trimmed of punctuation it swallowed ("-- Jane Doe") and of a description of its home
 * ("London-based"); a name that is the surname of a person the document names is that person's ("Washington" after
 * "MaliVai Washington"), and one taken for a person that Wikipedia's links use for an organisation is an
 * organisation ("Al Ahly") unless the text makes it a person, and one a settlement noun follows is a place ("Ituri
 * province"); the words a bracketed acronym abbreviates are one organisation ("al-Qaeda in the Islamic Maghreb
 * (AQIM)"); capitalised words directly followed by their score in a block of result lines ("Leeds 2 Hull 1"), found
 * by the recogniser or not, are teams, organisations, unless they name a country (national sides are named as their
 * country); then each name takes the type most of its occurrences have, and every other occurrence of the same words
 * (in the same case; on lines in capitals, in any case) becomes a name of that type too. Requires
 * {@link Layers#TOKENS} and {@link Layers#NER}; provides {@link Layers#NAMES}, leaving the recogniser's own layer as
 * it was.
 */
public final class NameConsistencyStage implements Stage {

    private static final String PERSON = "PERSON";
    private static final String ORGANIZATION = "ORGANIZATION";
    private static final String MISC = "MISC";
    private static final String LOCATION = "LOCATION";
    /** Names in a list beyond which the list is of one kind. */
    private static final int LIST_NAMES = 4;
    /** How many times the names of one kind outnumber the rest of a list before the rest take their kind. */
    private static final int LIST_MAJORITY = 3;

    private final KnowledgeBase kb;
    private final ResultTables results;

    public NameConsistencyStage(KnowledgeBase kb) {
        this.kb = kb;
        this.results = new ResultTables(kb);
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
        names = organisationsTakenForPeople(tokens, names, text);
        names = placesNamedAsSettlements(tokens, names);
        names = namesDefinedByAcronyms(tokens, names, doc.get(Layers.NER));
        names = results.teamsInResults(tokens, names, text);
        names = results.teamsInPlay(tokens, names, text);
        names = results.entrantsInResults(tokens, names, text);
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
     * The mention without leading or trailing punctuation or days, without a bracket it opens or closes but does
     * not hold whole, without a description of its home; null when nothing else is left.
     */
    private static NerMention trim(List<Token> tokens, NerMention mention) {
        int first = mention.firstToken();
        int end = mention.endToken();
        // a day or a date the recogniser glued to a name ("Jane Doe Wednesday", tagged a date or a name) is no part of it
        while (first < end && (isPunctuation(tokens.get(first)) || isDay(tokens.get(first)))) {
            first++;
        }
        while (end > first && (isPunctuation(tokens.get(end - 1)) || isDay(tokens.get(end - 1)))) {
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
        Set<String> surnames = surnames(text, names);
        return names.stream().map(name -> !name.nerType().equals(PERSON)
                && surnames.contains(name.span().coveredText(text)) ? retyped(name, PERSON) : name).toList();
    }

    /** The last words of the people the recogniser found by more than one word. */
    private static Set<String> surnames(String text, List<NerMention> names) {
        Set<String> surnames = new java.util.HashSet<>();
        for (NerMention name : names) {
            String[] words = name.span().coveredText(text).split("\\s+");
            if (name.nerType().equals(PERSON) && words.length > 1) {
                surnames.add(words[words.length - 1]);
            }
        }
        return surnames;
    }

    /**
     * A name the recogniser took for a person that Wikipedia's links most often use for an organisation ("Al Ahly",
     * "Infosys said") is an organisation, unless the document makes it a person: the surname of a person it names
     * ("Gerald Ford ... Ford said"), or after an honorific or an office ("Mr Ford", "President Ford"); and where the
     * words stand as a place ("in Burnley"), the world gazetteer decides later.
     */
    private List<NerMention> organisationsTakenForPeople(List<Token> tokens, List<NerMention> names, String text) {
        Set<String> surnames = surnames(text, names);
        Words words = kb.words();
        return names.stream().map(name -> {
            String written = name.span().coveredText(text);
            if (!name.nerType().equals(PERSON) || surnames.contains(written) || !kb.namesOrganisation(written)) {
                return name;
            }
            String before = name.firstToken() == 0 ? "" : tokens.get(name.firstToken() - 1).word().replace(".", "");
            boolean titled = words.contains("honorifics", before) || words.contains("personTitles", before);
            // "in Burnley": where the words stand as a place, the gazetteer decides when the names are linked
            boolean place = PlaceRole.isInside(tokens, name.firstToken(), name.endToken(), words);
            return titled || place ? name : retyped(name, ORGANIZATION);
        }).toList();
    }

    /** The text of tokens [first, end). */
    static Span span(List<Token> tokens, int first, int end) {
        return new Span(tokens.get(first).span().begin(), tokens.get(end - 1).span().end());
    }

    /**
     * A name taken for a person that a settlement noun follows ("Kivu town", "Bunia district") or names ("the village
     * of Yakovlivka") is a place: people have no towns named after them in news, places do.
     */
    private List<NerMention> placesNamedAsSettlements(List<Token> tokens, List<NerMention> names) {
        Words words = kb.words();
        return names.stream().map(name -> {
            if (!name.nerType().equals(PERSON)) {
                return name;
            }
            int first = name.firstToken();
            int end = name.endToken();
            boolean nounAfter = end < tokens.size() && words.contains("settlementNouns", tokens.get(end).word())
                    && tokens.get(end).sentence() == tokens.get(first).sentence();
            boolean nounOf = first >= 2 && tokens.get(first - 1).word().equals("of")
                    && words.contains("settlementNouns", tokens.get(first - 2).word());
            return nounAfter || nounOf ? retyped(name, LOCATION) : name;
        }).toList();
    }

    /**
     * A name the text defines an acronym for is one organisation's, however the recogniser cut it: "al-Qaeda in the
     * Islamic Maghreb (AQIM)" is one name, not a group and a region. Only where the words the acronym abbreviates
     * ({@link AcronymDefinitions}) end where the bracket opens, hold what the recogniser took for an organisation or
     * a miscellaneous name, and no person.
     */
    private static List<NerMention> namesDefinedByAcronyms(List<Token> tokens, List<NerMention> found,
            List<NerMention> recognised) {
        NameRevision revision = new NameRevision(tokens, found);
        for (int open = 1; open + 2 < tokens.size(); open++) {
            String acronym = tokens.get(open + 1).word();
            if (!tokens.get(open).word().equals("(") || !tokens.get(open + 2).word().equals(")")
                    || !AcronymDefinitions.isAcronym(acronym)) {
                continue;
            }
            OptionalInt start = AcronymDefinitions.longFormStart(tokens, open, acronym);
            if (start.isEmpty()) {
                continue;
            }
            int first = start.getAsInt();
            int end = open;
            List<NerMention> inside = new ArrayList<>();
            for (int t = first; t < end; t++) {
                NerMention name = revision.at[t];
                if (name != null && !inside.contains(name)) {
                    inside.add(name);
                }
            }
            boolean withinWords = inside.stream().allMatch(name -> name.firstToken() >= first && name.endToken() <= end);
            boolean whole = inside.size() == 1 && inside.get(0).firstToken() == first
                    && inside.get(0).endToken() == end;
            boolean person = inside.stream().anyMatch(name -> name.nerType().equals(PERSON));
            boolean organisation = recognised.stream().anyMatch(name -> name.firstToken() >= first
                    && name.endToken() <= end && (name.nerType().equals(ORGANIZATION) || name.nerType().equals(MISC)));
            if (withinWords && !whole && !person && organisation) {
                revision.removed.addAll(inside);
                revision.added.add(new NerMention(span(tokens, first, end), ORGANIZATION, first, end, null));
            }
        }
        return revision.applyTo(found);
    }

    /**
     * The title of a newspaper, radio or channel, or of a group, written before what it is ("Britain's Sun
     * newspaper", "Zycie Warszawy daily said", "the Viasna human rights group"): capitalised words the recogniser
     * left or took for a person, before a media noun or an organisation noun from {@code kb/words.json} (with at
     * most two lower-case words that describe it between), are an organisation. A nationality stays one ("Syrian
     * state television").
     */
    private List<NerMention> mediaTitles(List<Token> tokens, List<NerMention> found, String text) {
        NameRevision revision = new NameRevision(tokens, found);
        NerMention[] at = revision.at;
        for (int noun = 1; noun < tokens.size(); noun++) {
            if (!isTitledNoun(tokens, noun)) {
                continue;
            }
            int titleEnd = noun;
            while (titleEnd > 1 && noun - titleEnd < 2 && isDescribingWord(tokens, titleEnd - 1, noun)) {
                titleEnd--; // "human rights" in "the Viasna human rights group"
            }
            NerMention before = at[titleEnd - 1];
            if (before != null) {
                if (before.nerType().equals(PERSON) && before.endToken() == titleEnd) {
                    revision.retype.put(before, ORGANIZATION);
                }
                continue;
            }
            int first = titleEnd;
            while (first > 0 && titleEnd - first < 4 && ResultTables.isCapitalisedWord(tokens, first - 1)
                    && tokens.get(first - 1).isProperNoun()
                    && tokens.get(first - 1).sentence() == tokens.get(noun).sentence()
                    && kb.descriptorsStartingWith(tokens.get(first - 1).word()).isEmpty()) {
                first--;
            }
            if (first < titleEnd) {
                revision.added.add(new NerMention(span(tokens, first, titleEnd), ORGANIZATION, first, titleEnd,
                        null));
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

    /** A media or organisation noun in lower case ("daily", "group"): in capitals it may be part of the title. */
    private boolean isTitledNoun(List<Token> tokens, int index) {
        String word = tokens.get(index).word();
        return word.equals(word.toLowerCase(Locale.ROOT)) && (kb.words().contains("mediaNouns", word)
                || kb.words().contains("organisationNouns", word));
    }

    /** A lower-case adjective or noun of the noun's sentence that describes an organisation noun ("rights"). */
    private static boolean isDescribingWord(List<Token> tokens, int index, int noun) {
        Token token = tokens.get(index);
        String word = token.word();
        return token.sentence() == tokens.get(noun).sentence() && word.equals(word.toLowerCase(Locale.ROOT))
                && (token.pos().equals("JJ") || token.pos().startsWith("NN"));
    }

    static NerMention retyped(NerMention name, String type) {
        return new NerMention(name.span(), type, name.firstToken(), name.endToken(), null);
    }

    private static boolean isDay(Token token) {
        return token.isTemporal() || CalendarName.isWeekdayName(token.word());
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
                    && results.isNamedAfterPlace(name)) {
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
