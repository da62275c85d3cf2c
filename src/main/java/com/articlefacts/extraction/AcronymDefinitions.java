package com.articlefacts.extraction;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Where a text defines an acronym, "al-Qaeda in the Islamic Maghreb (AQIM)": the words before the bracket that the
 * acronym abbreviates, found as Schwartz and Hearst do ("A simple algorithm for identifying abbreviation definitions
 * in biomedical text", 2003): the acronym's letters matched from the last backwards, each to a letter of the words
 * before it, the first to a word's first letter, over at most min(|A| + 5, 2|A|) words.
 */
final class AcronymDefinitions {

    /** Words a name's long form may hold in lower case between its capitalised words. */
    private static final Set<String> MINOR_WORDS = Set.of("of", "in", "the", "for", "and", "de", "du", "des", "la",
            "le", "del", "al", "el", "on");

    /** Longer words before a bracket are no name an acronym abbreviates. */
    private static final int MAX_CHARS = 200;

    private AcronymDefinitions() {
    }

    /** Whether the word is an acronym a text could define: two to eight capitals or digits, the first a capital. */
    static boolean isAcronym(String word) {
        return word.length() >= 2 && word.length() <= 8 && Character.isUpperCase(word.charAt(0))
                && word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /**
     * The first token of the name an acronym in brackets abbreviates, the bracket opening at token {@code end}, if the
     * words before it spell the acronym and are a name: capitalised, with only minor words ("of", "in", "the") in
     * lower case between, in one sentence.
     */
    static OptionalInt longFormStart(List<Token> tokens, int end, String acronym) {
        int maxWords = Math.min(acronym.length() + 5, acronym.length() * 2);
        int sentence = tokens.get(end - 1).sentence();
        int start = end;
        while (start > 0 && end - start < maxWords && tokens.get(start - 1).sentence() == sentence
                && isNameWord(tokens.get(start - 1).word())) {
            start--;
        }
        if (start == end) {
            return OptionalInt.empty();
        }
        StringBuilder words = new StringBuilder();
        for (int t = start; t < end; t++) {
            words.append(tokens.get(t).word()).append(' ');
        }
        if (words.length() > MAX_CHARS) {
            return OptionalInt.empty();
        }
        int[] tokenAt = new int[words.length()];
        for (int t = start, from = 0; t < end; t++) {
            int to = from + tokens.get(t).word().length() + 1;
            Arrays.fill(tokenAt, from, to, t);
            from = to;
        }
        int matched = matchBackwards(acronym, words.toString().strip());
        if (matched < 0) {
            return OptionalInt.empty();
        }
        int first = tokenAt[matched];
        // a name begins with a capitalised word, or a particle joined to one ("al-Qaeda")
        while (first < end && !startsName(tokens.get(first).word())) {
            first++;
        }
        return end - first >= 2 ? OptionalInt.of(first) : OptionalInt.empty();
    }

    /**
     * Schwartz and Hearst's match: the index in {@code words} where the long form begins, or -1. Each of the
     * acronym's letters, from the last, is found further back in the words; the first only at a word's start.
     */
    static int matchBackwards(String acronym, String words) {
        String shortForm = acronym.toLowerCase(Locale.ROOT);
        String longForm = words.toLowerCase(Locale.ROOT);
        int longIndex = longForm.length() - 1;
        for (int shortIndex = shortForm.length() - 1; shortIndex >= 0; shortIndex--) {
            char c = shortForm.charAt(shortIndex);
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            while (longIndex >= 0 && (longForm.charAt(longIndex) != c || (shortIndex == 0 && longIndex > 0
                    && Character.isLetterOrDigit(longForm.charAt(longIndex - 1))))) {
                longIndex--;
            }
            if (longIndex < 0) {
                return -1;
            }
            longIndex--;
        }
        return longForm.lastIndexOf(' ', longIndex + 1) + 1;
    }

    private static boolean isNameWord(String word) {
        return startsName(word) || MINOR_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean startsName(String word) {
        int hyphen = word.indexOf('-');
        return Character.isUpperCase(word.codePointAt(0))
                || hyphen > 0 && hyphen + 1 < word.length() && Character.isUpperCase(word.codePointAt(hyphen + 1));
    }
}
