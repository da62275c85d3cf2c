package com.articlefacts.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the extractor found in one text.
 *
 * @param entities in order of first mention
 * @param mentions sorted by span, none overlapping another
 * @param recognised everything the statistical recogniser found, names and temporal expressions, with its own types
 */
public record Extraction(String version, List<Entity> entities, List<EntityMention> mentions,
        List<Sentence> sentences, List<NerMention> recognised) {

    private static final Set<String> TEMPORAL_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");
    /** Words SUTime tags as times that place nothing on a calendar. */
    private static final Set<String> VAGUE = Set.of("once", "now", "future", "the future", "current", "currently",
            "recently", "previously", "recent", "former", "past", "the past", "present", "the present", "daily",
            "day", "year", "the", "later", "earlier", "soon", "then");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** The recogniser's temporal expressions (DATE, TIME, DURATION, SET) that say when. */
    public List<NerMention> temporals(String text) {
        return recognised.stream()
                .filter(m -> TEMPORAL_TAGS.contains(m.nerType()))
                .filter(m -> isDefinite(m.span().coveredText(text)))
                .toList();
    }

    private static boolean isDefinite(String expression) {
        String lower = expression.toLowerCase(Locale.ROOT).strip();
        if (VAGUE.contains(lower)) {
            return false;
        }
        // A bare number is a year only in the range news writes about; "Resolution 2328" is not a date.
        return !NUMBER.matcher(lower).matches() || (lower.length() == 4 && lower.compareTo("1900") >= 0
                && lower.compareTo("2100") < 0);
    }
}
