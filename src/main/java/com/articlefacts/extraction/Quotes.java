package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Quoted passages, as the text between quotation marks. News style leaves a quote open at the end of a paragraph
 * when the next paragraph goes on quoting (and opens with a quotation mark again): such a quote spans both.
 */
final class Quotes {

    private Quotes() {
    }

    static List<Span> find(String text) {
        List<Span> quotes = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && open >= 0 && startsParagraph(text, i) && !nextParagraphOpensQuote(text, i)) {
                open = -1; // an unbalanced mark: forget it rather than swallow the article
            }
            if (c != '"' && c != '\u201C' && c != '\u201D') {
                continue;
            }
            if (open < 0) {
                if (c != '\u201D') {
                    open = i + 1;
                }
            } else if (c != '\u201D' && isAtParagraphStart(text, i) && text.substring(open, i).contains("\n")) {
                continue; // the quotation goes on in a new paragraph
            } else {
                quotes.add(new Span(open, i));
                open = -1;
            }
        }
        return quotes;
    }

    private static boolean isAtParagraphStart(String text, int at) {
        for (int j = at - 1; j >= 0; j--) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the newline is followed by a blank line, that is, ends a paragraph. */
    private static boolean startsParagraph(String text, int newline) {
        for (int j = newline + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean nextParagraphOpensQuote(String text, int newline) {
        for (int j = newline + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '"' || c == '\u201C') {
                return true;
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return false;
    }
}
