package com.articlefacts.extraction;

import java.util.regex.Pattern;

/**
 * A token as the tokenizer and taggers saw it.
 *
 * @param index position in the document's token list
 * @param sentence index of its sentence
 * @param pos Penn Treebank part-of-speech tag
 * @param ner the named-entity tag of the token, "O" for none
 */
public record Token(int index, int sentence, Span span, String word, String pos, String lemma, String ner) {

    private static final Pattern ARTICLE_NAME = Pattern.compile("(?:al|el|ad|ar|as|ash|at|az|an)-\\p{Lu}.*");

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    /** Tagged by the recogniser as part of a date, time, duration or set ("March", "Monday"). */
    public boolean isTemporal() {
        return switch (ner) {
            case "DATE", "TIME", "DURATION", "SET" -> true;
            default -> false;
        };
    }

    /** Capitalized, or a name behind a lower-case Arabic article ("al-Hasaka", "ar-Raqqa"). */
    public boolean isCapitalized() {
        return !word.isEmpty() && (Character.isUpperCase(word.codePointAt(0)) || ARTICLE_NAME.matcher(word).matches());
    }
}
