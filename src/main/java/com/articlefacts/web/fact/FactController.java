package com.articlefacts.web.fact;

import com.articlefacts.web.article.ArticleController;
import com.articlefacts.web.http.InvalidParameterException;
import com.articlefacts.web.http.OffsetUnit;
import com.articlefacts.web.http.Paging;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TreeSet;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.articlefacts.extraction.FactLexicon;
import com.articlefacts.web.fact.FactResponses.ArticleAttributions;
import com.articlefacts.web.fact.FactResponses.ArticleDates;
import com.articlefacts.web.fact.FactResponses.ArticleEvents;
import com.articlefacts.web.fact.FactResponses.ArticleFacts;
import com.articlefacts.web.fact.FactResponses.EventResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Facts", description = "Dates on the calendar, events (who did what to whom, where, when) and who said it")
class FactController {

    private final FactViews views;
    private final FactLexicon lexicon;
    private final EventCsv csv;

    FactController(FactViews views, FactLexicon lexicon, EventCsv csv) {
        this.csv = csv;
        this.views = views;
        this.lexicon = lexicon;
    }

    @GetMapping(path = "/api/articles/{idOrSlug}/dates", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listArticleDates",
            summary = "Every temporal expression with its ISO 8601 value, resolved against the publication date",
            description = "Each expression's TimeML kind and value, its granularity, the interval of days it denotes"
                    + " and the date it was resolved against.")
    ResponseEntity<ArticleDates> dates(@Parameter(description = ArticleController.ID_OR_SLUG) @PathVariable String idOrSlug,
            @Parameter(description = OffsetUnit.DESCRIPTION) @RequestParam(required = false) @Nullable String offsets) {
        OffsetUnit unit = OffsetUnit.parse(offsets);
        return unit.respond(views.dates(idOrSlug, unit));
    }

    @GetMapping(path = "/api/articles/{idOrSlug}/events", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listArticleEvents",
            summary = "The article's events: type, actor, target, place, date, trigger and evidence",
            description = "Actors, targets and places are entity keys (resolve them with getEntity); each event has"
                    + " its ACLED and CAMEO codes, casualties, the attribution that reports it and its certainty.")
    ResponseEntity<ArticleEvents> events(@Parameter(description = ArticleController.ID_OR_SLUG) @PathVariable String idOrSlug,
            @Parameter(description = OffsetUnit.DESCRIPTION) @RequestParam(required = false) @Nullable String offsets) {
        OffsetUnit unit = OffsetUnit.parse(offsets);
        return unit.respond(views.events(idOrSlug, unit));
    }

    @GetMapping(path = "/api/articles/{idOrSlug}/attributions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listArticleAttributions", summary = "Who said what: source, cue, claim and the outlet spoken to",
            description = "The source is an entity key or the kind of an unnamed source; cue and claim are spans of"
                    + " the article text.")
    ResponseEntity<ArticleAttributions> attributions(
            @Parameter(description = ArticleController.ID_OR_SLUG) @PathVariable String idOrSlug,
            @Parameter(description = OffsetUnit.DESCRIPTION) @RequestParam(required = false) @Nullable String offsets) {
        OffsetUnit unit = OffsetUnit.parse(offsets);
        return unit.respond(views.attributions(idOrSlug, unit));
    }

    @GetMapping(path = "/api/articles/{idOrSlug}/facts", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getArticleFacts",
            summary = "Entities, dates, events and attributions of the article in one document",
            description = "What listArticleEntities, listArticleDates, listArticleEvents and listArticleAttributions"
                    + " answer, in one response, cross-referenced by key and id.")
    ResponseEntity<ArticleFacts> facts(@Parameter(description = ArticleController.ID_OR_SLUG) @PathVariable String idOrSlug,
            @Parameter(description = OffsetUnit.DESCRIPTION) @RequestParam(required = false) @Nullable String offsets) {
        OffsetUnit unit = OffsetUnit.parse(offsets);
        return unit.respond(views.facts(idOrSlug, unit));
    }

    // One operation for JSON and CSV, chosen by Accept or format: both methods describe it alike.
    private static final String SEARCH_SUMMARY = "Events across articles, newest first unless sorted, as JSON or"
            + " ACLED-shaped CSV";
    private static final String SEARCH_DESCRIPTION = "Filters by actor, target and place (entity keys), type and a"
            + " range of days. JSON pages the events (offsets count into each event's article text); with Accept:"
            + " text/csv or format=csv, one row per event: ACLED's columns (event_date, event_type, sub_event_type,"
            + " actor1, actor2, country, location, latitude, longitude, source, notes, fatalities), then injuries,"
            + " our ids, type, CAMEO code, certainty, the reporting source, entity keys and the offsets of the"
            + " evidence (notes) and trigger.";

    @GetMapping(path = "/api/events", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "searchEvents", summary = SEARCH_SUMMARY, description = SEARCH_DESCRIPTION)
    ResponseEntity<PagedModel<EventResponse>> search(@Valid EventQuery query) {
        if (query.format() != null && !query.format().equals("json")) {
            throw new InvalidParameterException("format", query.format(), "json or csv");
        }
        OffsetUnit unit = OffsetUnit.parse(query.offsets());
        // the same URL answers JSON or CSV by Accept: a cache must keep them apart
        PagedModel<EventResponse> events = views.search(filter(query), unit, pageOf(query));
        return ResponseEntity.ok().header(OffsetUnit.HEADER, unit.parameter()).varyBy(HttpHeaders.ACCEPT)
                .header(HttpHeaders.LINK, Paging.links(events.getMetadata())).body(events);
    }

    @GetMapping(path = "/api/events", produces = EventCsv.MEDIA_TYPE)
    @Operation(operationId = "searchEvents", summary = SEARCH_SUMMARY, description = SEARCH_DESCRIPTION)
    ResponseEntity<String> searchAsCsv(@Valid EventQuery query) {
        if (query.format() != null && !query.format().equals("csv")) {
            throw new InvalidParameterException("format", query.format(), "csv with an Accept of text/csv");
        }
        OffsetUnit unit = OffsetUnit.parse(query.offsets());
        String body = csv.write(views.searchForExport(filter(query), unit, pageOf(query)));
        return ResponseEntity.ok().header(OffsetUnit.HEADER, unit.parameter()).varyBy(HttpHeaders.ACCEPT)
                .contentType(MediaType.parseMediaType(EventCsv.MEDIA_TYPE + ";charset=UTF-8")).body(body);
    }

    /** ?format=csv from any client: the CSV above, whatever the Accept header says. */
    @GetMapping(path = "/api/events", params = "format=csv", produces = EventCsv.MEDIA_TYPE)
    @io.swagger.v3.oas.annotations.Hidden
    ResponseEntity<String> searchAsCsvByParameter(@Valid EventQuery query) {
        return searchAsCsv(query);
    }

    private static PageRequest pageOf(EventQuery query) {
        return PageRequest.of(query.pageOrFirst(), query.sizeOrDefault(), FactViews.ORDERS.parse(query.sort()));
    }

    private FactViews.EventFilter filter(EventQuery query) {
        LocalDate from = query.from();
        LocalDate to = query.to();
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidParameterException("from", from.toString(), "on or before 'to' (" + to + ")");
        }
        String type = query.type();
        String eventType = type == null || type.isBlank() ? null : type.trim().toUpperCase(Locale.ROOT);
        if (eventType != null && !lexicon.eventTypes().containsKey(eventType)) {
            throw new InvalidParameterException("type", type, "one of " + new TreeSet<>(lexicon.eventTypes().keySet()));
        }
        return new FactViews.EventFilter(blankToNull(query.actor()), blankToNull(query.target()),
                blankToNull(query.place()), eventType, from, to);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
