package com.articlefacts.extraction;

import java.util.List;
import java.util.Locale;

/**
 * Whether a country's or capital's name names the place or the state acting. News writes both: "fighting in Syria"
 * is a place, "Turkey welcomed the deal" and "Moscow said" are the state. A name after a preposition of place, or
 * after "of" following a direction ("north of Iraq"), is the place; a name that is the subject of a verb ("Turkey
 * welcomed", "Turkey and Russia agreed"), a possessor ("the UK's position") or the agent of a passive ("announced by
 * Russia") is the state acting; anything else is the place, which is what a name most often is where nothing says
 * otherwise.
 */
final class PlaceRole {

    private PlaceRole() {
    }

    static boolean isPlace(List<Token> tokens, int nameStart, Words words) {
        if (isAfterPlacePreposition(tokens, nameStart, words)) {
            return true;
        }
        return !isSubject(tokens, nameStart) && !isPossessor(tokens, nameStart) && !isAgent(tokens, nameStart);
    }

    /**
     * Whether the name is where something is or goes: after "in", "near", "into" and the like, and not a possessor
     * ("in Jordan's film" is about a person).
     */
    static boolean isInside(List<Token> tokens, int nameStart, int nameEnd, Words words) {
        int before = nameStart - 1;
        return before >= 0 && words.contains("locativePrepositions", tokens.get(before).word())
                && tokens.get(before).sentence() == tokens.get(nameStart).sentence()
                && !(nameEnd < tokens.size() && tokens.get(nameEnd).pos().equals("POS"));
    }

    /**
     * Whether the name is listed beside a name the recogniser took for a place, with only a comma, "and" or "or"
     * between ("the mayors of Samara and Genova"): the members of a list are of one kind.
     */
    static boolean isListedWithPlace(List<Token> tokens, int nameStart, int nameEnd) {
        int sentence = tokens.get(nameStart).sentence();
        int before = nameStart - 1;
        while (before >= 0 && nameStart - before <= 2 && isJoiner(tokens.get(before))) {
            before--;
        }
        int after = nameEnd;
        while (after < tokens.size() && after - nameEnd < 2 && isJoiner(tokens.get(after))) {
            after++;
        }
        return (before < nameStart - 1 && before >= 0 && isPlaceTagged(tokens.get(before), sentence))
                || (after > nameEnd && after < tokens.size() && isPlaceTagged(tokens.get(after), sentence));
    }

    private static boolean isJoiner(Token token) {
        String word = token.word().toLowerCase(Locale.ROOT);
        return word.equals(",") || word.equals("and") || word.equals("or");
    }

    private static boolean isPlaceTagged(Token token, int sentence) {
        EntityType type = EntityType.fromNerTag(token.ner());
        return token.sentence() == sentence && type != null && type.isPlace();
    }

    /** "Australia's diplomatic efforts", "the UK's position": the state whose the thing is. */
    private static boolean isPossessor(List<Token> tokens, int nameStart) {
        int i = nameStart;
        while (i < tokens.size() && tokens.get(i).isProperNoun()) {
            i++;
        }
        return i < tokens.size() && tokens.get(i).pos().equals("POS");
    }

    /** "announced by Russia and Turkey": the agent of a passive. */
    private static boolean isAgent(List<Token> tokens, int nameStart) {
        int i = nameStart - 1;
        while (i >= 0 && isListed(tokens.get(i))) {
            i--;
        }
        return i >= 0 && tokens.get(i).word().equalsIgnoreCase("by");
    }

    static boolean isAfterPlacePreposition(List<Token> tokens, int nameStart, Words words) {
        int i = nameStart - 1;
        int sentence = tokens.get(nameStart).sentence();
        while (i >= 0 && tokens.get(i).sentence() == sentence && isListed(tokens.get(i))) {
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

    /** Whether a verb follows the name, past the other names of a list and adverbs ("Turkey and Russia agreed"). */
    private static boolean isSubject(List<Token> tokens, int nameStart) {
        int sentence = tokens.get(nameStart).sentence();
        int i = nameStart;
        while (i < tokens.size() && tokens.get(i).sentence() == sentence
                && (isListed(tokens.get(i)) || tokens.get(i).pos().startsWith("RB"))) {
            i++;
        }
        return i < tokens.size() && tokens.get(i).sentence() == sentence
                && (tokens.get(i).pos().startsWith("VB") || tokens.get(i).pos().equals("MD"));
    }

    /** Determiners and the other names of a list ("in Iraq and Syria") stand between a preposition and a name. */
    private static boolean isListed(Token token) {
        String word = token.word().toLowerCase(Locale.ROOT);
        return word.equals("the") || word.equals("and") || word.equals(",") || word.equals("or")
                || token.isProperNoun() || token.pos().equals("JJ");
    }
}
