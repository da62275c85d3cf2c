package com.articlefacts.web.fact;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import com.articlefacts.article.ArticleRepository;
import com.articlefacts.extraction.Coordinates;
import com.articlefacts.extraction.KbEntry;
import com.articlefacts.extraction.KnowledgeBase;
import com.articlefacts.fact.AttributionFact;
import com.articlefacts.fact.AttributionFactRepository;
import com.articlefacts.fact.NamedEntity;
import com.articlefacts.fact.NamedEntityRepository;
import com.articlefacts.web.fact.FactResponses.EventResponse;

/**
 * Events as ACLED's users know them: one CSV row per event with ACLED's columns (event_date, event_type,
 * sub_event_type, actor1, actor2, country, location, latitude, longitude, source, notes, fatalities), then ours
 * (how event_date was found, the article, the offsets of the evidence and trigger, the entity keys). Written by
 * Jackson's CSV module, so quoting follows RFC 4180.
 */
@Component
class EventCsv {

    static final String MEDIA_TYPE = "text/csv";
    /** event_date is the day the text states for the event. */
    static final String DATE_STATED = "stated";
    /** event_date is the first day of the week, month or year the text states. */
    static final String DATE_PERIOD = "period";
    /** event_date is the article's publication day: the text states no date for the event. */
    static final String DATE_PUBLICATION = "publication";

    /** One row; the names are the CSV header. */
    @JsonPropertyOrder({"event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "location",
            "latitude", "longitude", "source", "notes", "fatalities", "injuries", "date_source", "event_id", "article_id",
            "our_event_type", "cameo", "certainty", "reported_by", "actor1_key", "actor2_key", "location_key",
            "evidence_start", "evidence_end", "trigger_start", "trigger_end"})
    record Row(@Nullable String event_date, @Nullable String event_type, @Nullable String sub_event_type,
            @Nullable String actor1, @Nullable String actor2, @Nullable String country, @Nullable String location,
            @Nullable Double latitude, @Nullable Double longitude, @Nullable String source, String notes,
            @Nullable Integer fatalities, @Nullable Integer injuries, @Nullable String date_source, long event_id,
            long article_id,
            String our_event_type, @Nullable String cameo, String certainty, @Nullable String reported_by,
            @Nullable String actor1_key, @Nullable String actor2_key, @Nullable String location_key,
            int evidence_start, int evidence_end, int trigger_start, int trigger_end) {
    }

    /** Events of one page of a search, and the day each is ordered by (by event id). */
    record Page(List<EventResponse> events, Map<Long, String> days) {
    }

    private static final CsvMapper CSV = CsvMapper.builder().build();
    private static final CsvSchema SCHEMA = CSV.schemaFor(Row.class).withHeader();

    private final NamedEntityRepository entities;
    private final ArticleRepository articles;
    private final AttributionFactRepository attributions;
    private final KnowledgeBase kb;

    EventCsv(NamedEntityRepository entities, ArticleRepository articles, AttributionFactRepository attributions,
            KnowledgeBase kb) {
        this.entities = entities;
        this.articles = articles;
        this.attributions = attributions;
        this.kb = kb;
    }

    /**
     * The events as CSV, a header line first. event_date is the event's own day, else the first day of its date,
     * else the article's publication day (as the event search orders them).
     */
    @Transactional(readOnly = true)
    String write(Page page) {
        List<EventResponse> events = page.events();
        Map<Long, String> fallbackDates = page.days();
        Set<String> keys = new HashSet<>();
        for (EventResponse event : events) {
            addIfPresent(keys, event.actor());
            addIfPresent(keys, event.target());
            addIfPresent(keys, event.place());
        }
        Map<String, NamedEntity> named = byKey(entities.findByKeyIn(keys), NamedEntity::key);
        Map<Long, String> sources = new java.util.HashMap<>();
        for (Object[] row : articles.findSourceNames(
                events.stream().map(EventResponse::articleId).collect(Collectors.toSet()))) {
            sources.put((Long) row[0], (String) row[1]);
        }
        Map<Long, AttributionFact> reporters = byKey(attributions.findAllById(events.stream()
                .map(EventResponse::attribution).filter(java.util.Objects::nonNull).collect(Collectors.toSet())),
                AttributionFact::id);
        List<Row> rows = events.stream().map(event -> row(event, named, sources, reporters, fallbackDates)).toList();
        return CSV.writer(SCHEMA).writeValueAsString(rows);
    }

    private Row row(EventResponse event, Map<String, NamedEntity> named, Map<Long, String> sources,
            Map<Long, AttributionFact> reporters, Map<Long, String> fallbackDates) {
        NamedEntity place = event.place() == null ? null : named.get(event.place());
        Coordinates coordinates = place == null ? null : place.coordinates();
        String source = sources.get(event.articleId());
        AttributionFact reporter = event.attribution() == null ? null : reporters.get(event.attribution());
        boolean day = event.date() != null && event.date().length() == 10;
        String date = day ? event.date() : fallbackDates.get(event.id());
        // a stated day, the first day of a stated week, month or year, or the article's day: as ACLED's
        // time_precision tells a reader how far to trust event_date
        String dateSource = date == null ? null : day ? DATE_STATED : event.date() != null ? DATE_PERIOD
                : DATE_PUBLICATION;
        String actor2 = event.target() != null ? label(named, event.target())
                : event.targetPhrase() == null ? null : event.targetPhrase().text();
        return new Row(date, event.acledEventType(), event.acledSubEventType(), label(named, event.actor()), actor2,
                country(event.place(), named), place == null ? null : place.label(),
                coordinates == null ? null : coordinates.latitude(), coordinates == null ? null : coordinates.longitude(),
                source, event.evidence().text(), event.fatalities(),
                event.injuries(), dateSource, event.id(), event.articleId(), event.type(), event.cameo(), event.certainty(),
                reporter == null ? null : reporter.source(), event.actor(), event.target(), event.place(),
                event.evidence().start(), event.evidence().end(), event.trigger().start(), event.trigger().end());
    }

    /** The country a place is in: itself for a country, else the knowledge base's country of it. */
    private @Nullable String country(@Nullable String placeKey, Map<String, NamedEntity> named) {
        if (placeKey == null) {
            return null;
        }
        NamedEntity place = named.get(placeKey);
        if (place != null && place.type() == com.articlefacts.extraction.EntityType.COUNTRY) {
            return place.label();
        }
        return kb.entry(placeKey).map(KbEntry::country).flatMap(kb::entry).map(KbEntry::label).orElse(null);
    }

    private static @Nullable String label(Map<String, NamedEntity> named, @Nullable String key) {
        if (key == null) {
            return null;
        }
        NamedEntity entity = named.get(key);
        return entity == null ? key : entity.label();
    }

    private static void addIfPresent(Set<String> keys, @Nullable String key) {
        if (key != null) {
            keys.add(key);
        }
    }

    private static <K, V> Map<K, V> byKey(Collection<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a));
    }
}
