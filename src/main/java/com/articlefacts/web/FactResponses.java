package com.articlefacts.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.articlefacts.web.EntityResponses.ArticleEntity;

/** Response records of the fact endpoints. Offsets count the unit the response names; texts are the words. */
final class FactResponses {

    private FactResponses() {
    }

    record SpanResponse(int start, int end, String text) {
    }

    /** The days an expression covers: one day, a week, a month, a year. */
    record Interval(LocalDate start, LocalDate end) {
    }

    /**
     * @param kind DATE, TIME, DURATION or SET
     * @param value ISO 8601 ("2016-08-21", "2016-W32", "PT2M")
     * @param granularity day, week, month, year, time, duration, set
     * @param anchor the date it was resolved against (the publication date)
     */
    record DateResponse(int start, int end, String text, String kind, String value, String granularity,
            @Nullable String partOfDay, @Nullable Interval interval, @Nullable LocalDate anchor) {
    }

    record Party(String key, String role) {
    }

    /**
     * @param actor entity key of who did it; {@code target} and {@code place} likewise
     * @param date ISO date or week of the event, where the text gives one
     * @param attribution id of the attribution that reports it
     * @param certainty asserted, reported or alleged
     */
    record EventResponse(long id, long articleId, String type, @Nullable String actor, @Nullable String target,
            @Nullable String place, @Nullable String date, List<Party> thirdParties, SpanResponse trigger,
            SpanResponse evidence, @Nullable Long attribution, String certainty) {
    }

    /**
     * @param source an entity key, or the kind of an unnamed source (reports, locals, commentators, ...)
     * @param sourceType "entity" or "unnamed"
     * @param medium entity key of the outlet spoken to
     */
    record AttributionResponse(long id, String source, String sourceType, SpanResponse cue, SpanResponse claim,
            @Nullable String medium, boolean directQuote) {
    }

    record ArticleDates(long articleId, String offsets, List<DateResponse> dates) {
    }

    record ArticleEvents(long articleId, String offsets, List<EventResponse> events) {
    }

    record ArticleAttributions(long articleId, String offsets, List<AttributionResponse> attributions) {
    }

    /** Everything extracted from one article, cross-referenced by entity key and by id. */
    record ArticleFacts(long articleId, String slug, String title, @Nullable LocalDate publishedOn,
            String extractorVersion, String offsets, List<ArticleEntity> entities, List<DateResponse> dates,
            List<EventResponse> events, List<AttributionResponse> attributions) {
    }
}
