package com.articlefacts.extraction;

import java.util.List;

/**
 * What the extractor found in one text.
 *
 * @param entities in order of first mention
 * @param mentions sorted by span, none overlapping another
 * @param recognised everything the statistical recogniser found, names and temporal expressions, with its own types
 */
public record Extraction(String version, List<Entity> entities, List<EntityMention> mentions,
        List<Sentence> sentences, List<NerMention> recognised) {

    private static final java.util.Set<String> TEMPORAL_TAGS = java.util.Set.of("DATE", "TIME", "DURATION", "SET");

    /** The recogniser's temporal expressions (DATE, TIME, DURATION, SET). */
    public List<NerMention> temporals() {
        return recognised.stream().filter(m -> TEMPORAL_TAGS.contains(m.nerType())).toList();
    }
}
