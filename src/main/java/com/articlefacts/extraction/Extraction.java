package com.articlefacts.extraction;

import java.util.List;

/**
 * What the extractor found in one text.
 *
 * @param entities in order of first mention
 * @param mentions sorted by span, none overlapping another
 * @param tokens the tokens with their sentences and tags
 * @param recognised everything the statistical recogniser found, names and temporal expressions, with its own types
 * @param dates temporal expressions placed on the calendar
 * @param events who did what to whom, where and when
 * @param attributions who said what
 */
public record Extraction(String version, List<Entity> entities, List<EntityMention> mentions,
        List<Token> tokens, List<Sentence> sentences, List<NerMention> recognised, List<TemporalExpression> dates, List<Event> events,
        List<Attribution> attributions) {
}
