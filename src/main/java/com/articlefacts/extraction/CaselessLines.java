package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Headlines in title case ("Rebels Seize Key Town As Army Retreats"), whose capitals say nothing about names: a
 * cased recogniser reads every capitalised word there as a name and makes organisations of verbs and nouns. On such
 * a line every word of four letters or more is capitalised, but for the closed classes (prepositions, articles,
 * conjunctions, auxiliaries: "from", "With"), and there are at least four such words and one of the closed classes,
 * which a line listing names ("Alec Stewart, Nasser Hussain, Graham Thorpe") has not; at most {@link #MAX_WORDS}
 * words and no digits (a results table's "Leeds 2 Arsenal 1" is left to {@link ResultTables}). Lines in capitals are {@link Headlines}': the
 * caseless recogniser read them worse than the cased one with the body's names (CoNLL-2003 dev 0.9589 against
 * 0.9653).
 */
final class CaselessLines {

    static final int MAX_WORDS = 25;
    private static final int MIN_CONTENT_WORDS = 4;
    private static final int LONG_WORD = 4;

    private CaselessLines() {
    }

    static List<Span> of(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (isCaseless(text.substring(start, end))) {
                lines.add(new Span(start, end));
            }
            start = end + 1;
        }
        return lines;
    }

    /** English closed-class words, which title case capitalises and names seldom hold. */
    private static final Set<String> CLOSED_CLASS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for",
            "from", "with", "by", "as", "into", "over", "after", "before", "against", "amid", "and", "or", "but",
            "is", "are", "was", "were", "be", "will", "would", "can", "could", "may", "not", "has", "have", "had");

    static boolean isCaseless(String line) {
        if (line.chars().noneMatch(Character::isLowerCase) || line.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        String[] words = line.trim().split("[\\s\\p{Pd}/]+");
        if (words.length > MAX_WORDS) {
            return false;
        }
        int contentWords = 0;
        boolean closedClass = false;
        for (String word : words) {
            String letters = word.replaceAll("[^\\p{L}']", "");
            if (CLOSED_CLASS.contains(letters.toLowerCase(Locale.ROOT))) {
                closedClass = true;
            } else if (letters.length() >= LONG_WORD) {
                if (!Character.isUpperCase(letters.codePointAt(0))) {
                    return false;
                }
                contentWords++;
            }
        }
        return closedClass && contentWords >= MIN_CONTENT_WORDS;
    }
}
