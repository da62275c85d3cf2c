package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines written in capitals: headlines ("REBELS SEIZE TOWN"), datelines ("KYIV 2022-03-01") and results tables.
 * Capitals carry no case, so a word there is not an acronym and a recogniser's tag there is a guess; names in such
 * lines are trusted only where the rest of the document names the same thing.
 */
final class Headlines {

    private final List<Span> lines = new ArrayList<>();

    Headlines(String text) {
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (isAllCaps(text, start, end)) {
                lines.add(new Span(start, end));
            }
            start = end + 1;
        }
    }

    /** Whether the span lies on a line whose letters are all capitals (and that has at least two of them). */
    boolean contains(Span span) {
        for (Span line : lines) {
            if (line.begin() <= span.begin() && span.end() <= line.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAllCaps(String text, int start, int end) {
        int upper = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }
}
