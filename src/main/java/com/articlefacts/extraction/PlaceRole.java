package com.articlefacts.extraction;

import java.util.List;
import java.util.Locale;

/**
 * Whether a country's name names the place or the state acting. News writes both: "fighting in Syria" is a place,
 * "Turkey welcomed the deal" and "the UK's position" are the state. A name after a preposition of place, or after
 * "of" following a direction ("north of Iraq"), is the place; anything else is the actor.
 */
final class PlaceRole {

    private PlaceRole() {
    }

    static boolean isPlace(List<Token> tokens, int nameStart, Words words) {
        int i = nameStart - 1;
        int sentence = tokens.get(nameStart).sentence();
        while (i >= 0 && tokens.get(i).sentence() == sentence && isSkippable(tokens.get(i))) {
            i--;
        }
        if (i < 0 || tokens.get(i).sentence() != sentence) {
            return false;
        }
        String before = tokens.get(i).word().toLowerCase(Locale.ROOT);
        if (words.contains("placePrepositions", before)) {
            return true;
        }
        return before.equals("of") && i > 0 && words.contains("directions", tokens.get(i - 1).word());
    }

    /** Determiners and the other names of a list ("in Iraq and Syria") stand between a preposition and a name. */
    private static boolean isSkippable(Token token) {
        String word = token.word().toLowerCase(Locale.ROOT);
        return word.equals("the") || word.equals("and") || word.equals(",") || word.equals("or")
                || token.isProperNoun() || token.pos().equals("JJ");
    }
}
