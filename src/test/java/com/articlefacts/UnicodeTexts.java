package com.articlefacts;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Article-shaped texts in any script: surrogate pairs, combining marks, right-to-left words, non-breaking spaces,
 * very long lines, empty sections and every way of separating blocks; with {@code anyChar}, also characters no
 * article may hold (controls, lone surrogates).
 */
public final class UnicodeTexts {

    private static final List<String> WORDS = List.of("Aleppo", "Kyiv", "Łódź", "الحسكة", "وقال", "日本", "東京",
            "Zoë", "e\u0301te\u0301", "👍🏽", "𝔘𝔫𝔦", "Москва", "שלום", "\u00A0", "the", "army", "shelled", "said",
            "on", "Friday", "2016", "Kurdish", "forces", "Syrian", "regime", "\"We", "left\"", "—", "(", ")", "U.N.",
            "St.", "1,200", "\t", "ﷺ", "\u200F", "\u200D", "आज", "ไทย");

    private UnicodeTexts() {
    }

    /** Texts that may or may not be articles; a few characters are anything at all. */
    public static Arbitrary<String> anything(boolean anyChar) {
        Arbitrary<String> odd = anyChar ? Arbitraries.strings().all().ofMaxLength(3)
                : Arbitraries.strings().withCharRange(' ', '\uD7FF').ofMaxLength(4);
        Arbitrary<String> word = Arbitraries.frequencyOf(List.of(
                weighted(6, Arbitraries.of(WORDS)),
                weighted(3, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(9)),
                weighted(1, odd)));
        Arbitrary<String> sentence = word.list().ofMinSize(1).ofMaxSize(25).map(words -> String.join(" ", words) + ".");
        Arbitrary<String> paragraph = Arbitraries.frequencyOf(List.of(
                weighted(8, sentence.list().ofMinSize(1).ofMaxSize(4).map(s -> String.join(" ", s))),
                weighted(1, Arbitraries.just("")),
                weighted(1, sentence.list().ofSize(60).map(s -> String.join(" ", s))))); // one very long line
        Arbitrary<String> separator = Arbitraries.of("\n\n", "\r\n\r\n", "\n\u00A0\n", "\n \n\n", "\n", "\r\r");
        return Combinators.combine(sentence, paragraph.list().ofMaxSize(12), separator)
                .as((title, paragraphs, between) -> title + between + String.join(between, paragraphs));
    }

    private static Tuple2<Integer, Arbitrary<String>> weighted(int weight, Arbitrary<String> arbitrary) {
        return Tuple.of(weight, arbitrary);
    }

    /** Whether an offset falls between two code points, never inside a surrogate pair. */
    public static boolean onCodePointBoundary(String text, int offset) {
        return offset >= 0 && offset <= text.length() && (offset == 0 || offset == text.length()
                || !(Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset))));
    }
}
