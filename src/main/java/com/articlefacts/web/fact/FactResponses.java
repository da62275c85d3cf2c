package com.articlefacts.web.fact;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

import com.articlefacts.web.entity.EntityResponses.ArticleEntity;

/** Response records of the fact endpoints. Offsets count the unit the response names; texts are the words. */
public final class FactResponses {

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
     * @param acledEventType ACLED's event type (Battles, Explosions/Remote violence, Violence against civilians,
     *        Protests, Riots, Strategic developments); null for verbal events ACLED does not code
     * @param acledSubEventType ACLED's sub-event type (Armed clash, Air/drone strike, Attack, ...)
     * @param cameo the CAMEO event code, where one fits
     * @param actor entity key of who did it; {@code target} and {@code place} likewise
     * @param actorPhrase the words that name the actor in the event's sentence, an entity or not
     * @param targetPhrase the words that name the target ("civilians"), an entity or not
     * @param date ISO date or week of the event, where the text gives one
     * @param casualties people the sentence reports killed or injured
     * @param fatalities the killed the casualties count with a number; null when none is counted
     * @param injuries the injured the casualties count with a number; null when none is counted
     * @param attribution id of the attribution that reports it
     * @param certainty asserted, reported or alleged
     * @param links the addresses of its article and of the entities its actor, target and place name
     */
    record EventResponse(long id, long articleId, String type, @Nullable String acledEventType,
            @Nullable String acledSubEventType, @Nullable String cameo, @Nullable String actor,
            @Nullable SpanResponse actorPhrase, @Nullable String target, @Nullable SpanResponse targetPhrase,
            @Nullable String place, @Nullable String date, List<Party> thirdParties, List<Casualty> casualties,
            @Nullable Integer fatalities, @Nullable Integer injuries, SpanResponse trigger, SpanResponse evidence,
            @Nullable Long attribution, String certainty, EventLinks links) {
    }

    /** Where an event's article and entities are: each entity key of the event as an address. */
    record EventLinks(String article, @Nullable String actor, @Nullable String target, @Nullable String place) {
    }

    /**
     * @param kind killed or injured
     * @param count how many; null when the text is vague ("dozens")
     * @param victims who, as the text says it ("soldiers") or an entity key
     */
    record Casualty(String kind, @Nullable Integer count, @Nullable String victims, SpanResponse evidence) {
    }

    /**
     * @param source an entity key, or the kind of an unnamed source (reports, locals, commentators, ...)
     * @param sourceType "entity" or "unnamed"
     * @param medium entity key of the outlet spoken to
     */
    public record AttributionResponse(long id, String source,
            @Schema(allowableValues = {AttributionResponse.ENTITY, AttributionResponse.UNNAMED}) String sourceType,
            SpanResponse cue, SpanResponse claim,
            @Nullable String medium, boolean directQuote) {

        static final String ENTITY = "entity";
        static final String UNNAMED = "unnamed";
    }

    record ArticleDates(long articleId, String slug, String offsets, List<DateResponse> dates) {
    }

    record ArticleEvents(long articleId, String slug, String offsets, List<EventResponse> events) {
    }

    record ArticleAttributions(long articleId, String slug, String offsets, List<AttributionResponse> attributions) {
    }

    /** Everything extracted from one article, cross-referenced by entity key and by id. */
    record ArticleFacts(long articleId, String slug, String title, @Nullable LocalDate publishedOn,
            String extractorVersion, String offsets, List<ArticleEntity> entities, List<DateResponse> dates,
            List<EventResponse> events, List<AttributionResponse> attributions) {
    }
}
