package com.articlefacts.web.fact;

import com.articlefacts.web.article.ArticleViews;
import com.articlefacts.web.entity.EntityViews;
import com.articlefacts.web.http.ApiLinks;
import com.articlefacts.web.http.OffsetUnit;
import com.articlefacts.web.http.SortOrders;
import com.articlefacts.web.read.Representations.Resource;
import com.articlefacts.web.read.ResourceViews;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import com.articlefacts.article.Article;
import com.articlefacts.article.ArticleLookup;
import com.articlefacts.extraction.Event;
import com.articlefacts.fact.AttributionFact;
import com.articlefacts.fact.AttributionFactRepository;
import com.articlefacts.fact.DateFact;
import com.articlefacts.fact.DateFactRepository;
import com.articlefacts.fact.EventFact;
import com.articlefacts.fact.EventFactRepository;
import com.articlefacts.web.fact.FactResponses.ArticleAttributions;
import com.articlefacts.web.fact.FactResponses.ArticleDates;
import com.articlefacts.web.fact.FactResponses.ArticleEvents;
import com.articlefacts.web.fact.FactResponses.ArticleFacts;
import com.articlefacts.web.fact.FactResponses.AttributionResponse;
import com.articlefacts.web.fact.FactResponses.Casualty;
import com.articlefacts.web.fact.FactResponses.DateResponse;
import com.articlefacts.web.fact.FactResponses.EventLinks;
import com.articlefacts.web.fact.FactResponses.EventResponse;
import com.articlefacts.web.fact.FactResponses.Interval;
import com.articlefacts.web.fact.FactResponses.Party;
import com.articlefacts.web.fact.FactResponses.SpanResponse;

/**
 * Reads dates, events and attributions and maps them to response records inside one read-only
 * transaction, repeatable read: its queries see one committed state, never an article of one write with the facts
 * of another.
 */
@Component
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class FactViews implements ResourceViews {

    private final ArticleLookup lookup;
    private final EntityViews entityViews;
    private final DateFactRepository dates;
    private final EventFactRepository events;
    private final AttributionFactRepository attributions;

    FactViews(ArticleLookup lookup, EntityViews entityViews, DateFactRepository dates,
            EventFactRepository events, AttributionFactRepository attributions) {
        this.lookup = lookup;
        this.entityViews = entityViews;
        this.dates = dates;
        this.events = events;
        this.attributions = attributions;
    }

    @Override
    public Set<Resource> resources() {
        return Set.of(Resource.DATES, Resource.EVENTS, Resource.ATTRIBUTIONS, Resource.FACTS);
    }

    @Override
    public Object render(String idOrSlug, Resource resource) {
        return switch (resource) {
            case DATES -> dates(idOrSlug, OffsetUnit.UTF16);
            case EVENTS -> events(idOrSlug, OffsetUnit.UTF16);
            case ATTRIBUTIONS -> attributions(idOrSlug, OffsetUnit.UTF16);
            case FACTS -> facts(idOrSlug, OffsetUnit.UTF16);
            default -> throw new IllegalArgumentException(resource + " is not a fact resource");
        };
    }

    public ArticleDates dates(String idOrSlug, OffsetUnit unit) {
        Article article = lookup.find(idOrSlug);
        return new ArticleDates(ArticleViews.id(article), article.slug(), unit.parameter(), dates(article, unit.mapperFor(article.text())));
    }

    public ArticleEvents events(String idOrSlug, OffsetUnit unit) {
        Article article = lookup.find(idOrSlug);
        return new ArticleEvents(ArticleViews.id(article), article.slug(), unit.parameter(),
                events(article, unit.mapperFor(article.text())));
    }

    public ArticleAttributions attributions(String idOrSlug, OffsetUnit unit) {
        Article article = lookup.find(idOrSlug);
        return new ArticleAttributions(ArticleViews.id(article), article.slug(), unit.parameter(),
                attributions(article, unit.mapperFor(article.text())));
    }

    public ArticleFacts facts(String idOrSlug, OffsetUnit unit) {
        Article article = lookup.find(idOrSlug);
        OffsetUnit.Mapper offsets = unit.mapperFor(article.text());
        String version = article.extractorVersion();
        return new ArticleFacts(ArticleViews.id(article), article.slug(), article.title(), article.publishedOn(),
                version == null ? "" : version, unit.parameter(),
                entityViews.ofArticle(String.valueOf(ArticleViews.id(article)), null, unit).entities(),
                dates(article, offsets), events(article, offsets), attributions(article, offsets));
    }

    /** The orders of the event search: by the first day of the event (undated events last), or by id. */
    static final SortOrders ORDERS = SortOrders.of("-date").by("date", "happenedFrom", "id").by("id", "id", "id");

    PagedModel<EventResponse> search(EventFilter filter, OffsetUnit unit, PageRequest page) {
        Page<Object[]> found = found(filter, page);
        Map<Long, OffsetUnit.Mapper> mappers = new HashMap<>();
        return new PagedModel<>(found.map(row -> {
            EventFact event = (EventFact) row[0];
            String text = (String) row[1];
            return event(event, text, mappers.computeIfAbsent(event.articleId(), id -> unit.mapperFor(text)));
        }));
    }

    /** One page of the event search for the CSV export: each event with the day it is ordered by. */
    EventCsv.Page searchForExport(EventFilter filter, OffsetUnit unit, PageRequest page) {
        Page<Object[]> found = found(filter, page);
        Map<Long, OffsetUnit.Mapper> mappers = new HashMap<>();
        List<EventResponse> responses = new java.util.ArrayList<>();
        Map<Long, String> days = new HashMap<>();
        for (Object[] row : found) {
            EventFact event = (EventFact) row[0];
            String text = (String) row[1];
            responses.add(event(event, text, mappers.computeIfAbsent(event.articleId(), id -> unit.mapperFor(text))));
            if (event.happenedFrom() != null) {
                days.put(event.id(), event.happenedFrom().toString());
            }
        }
        return new EventCsv.Page(responses, days);
    }

    private Page<Object[]> found(EventFilter filter, PageRequest page) {
        return events.searchWithText(filter.actor(), filter.target(), filter.place(), filter.type(), filter.from(),
                filter.to(), page);
    }

    /** The filters of the event search; null means any. */
    record EventFilter(@Nullable String actor, @Nullable String target, @Nullable String place, @Nullable String type,
            @Nullable LocalDate from, @Nullable LocalDate to) {
    }

    private List<DateResponse> dates(Article article, OffsetUnit.Mapper offsets) {
        String text = article.text();
        return dates.findByArticle(ArticleViews.id(article)).stream().map(date -> date(date, text, offsets)).toList();
    }

    private List<EventResponse> events(Article article, OffsetUnit.Mapper offsets) {
        return events.findByArticle(ArticleViews.id(article)).stream()
                .map(event -> event(event, article.text(), offsets)).toList();
    }

    private List<AttributionResponse> attributions(Article article, OffsetUnit.Mapper offsets) {
        String text = article.text();
        return attributions.findByArticle(ArticleViews.id(article)).stream()
                .map(a -> new AttributionResponse(a.id(), a.source(), a.sourceIsEntity() ? AttributionResponse.ENTITY : AttributionResponse.UNNAMED,
                        span(text, a.cueStart(), a.cueEnd(), offsets), span(text, a.claimStart(), a.claimEnd(), offsets),
                        a.medium(), a.directQuote()))
                .toList();
    }

    private static DateResponse date(DateFact date, String text, OffsetUnit.Mapper offsets) {
        Interval interval = date.intervalStart() == null || date.intervalEnd() == null ? null
                : new Interval(date.intervalStart(), date.intervalEnd());
        return new DateResponse(offsets.map(date.start()), offsets.map(date.end()),
                text.substring(date.start(), date.end()), date.kind(), date.value(), date.granularity(),
                date.partOfDay(), interval, date.anchor());
    }

    private static EventResponse event(EventFact event, String text, OffsetUnit.Mapper offsets) {
        List<Casualty> casualties = event.casualties().stream().map(c -> new Casualty(c.kind(), c.count(),
                c.victims(), span(text, c.evidenceStart(), c.evidenceEnd(), offsets))).toList();
        return new EventResponse(event.id(), event.articleId(), event.type(), event.acledEventType(),
                event.acledSubEventType(), event.cameo(), event.actor(),
                optionalSpan(text, event.actorStart(), event.actorEnd(), offsets), event.target(),
                optionalSpan(text, event.targetStart(), event.targetEnd(), offsets), event.place(), event.date(),
                event.thirdParties().stream().map(p -> new Party(p.key(), p.role())).toList(), casualties,
                total(casualties, Event.Casualty.KILLED), total(casualties, Event.Casualty.INJURED),
                span(text, event.triggerStart(), event.triggerEnd(), offsets),
                span(text, event.evidenceStart(), event.evidenceEnd(), offsets), event.attributionId(),
                event.certainty(), new EventLinks(ApiLinks.article(event.articleId()),
                        ApiLinks.entityOrNull(event.actor()), ApiLinks.entityOrNull(event.target()),
                        ApiLinks.entityOrNull(event.place())));
    }

    /** The sum of the counted casualties of a kind; null when none is counted with a number. */
    static @Nullable Integer total(List<Casualty> casualties, String kind) {
        Integer sum = null;
        for (Casualty casualty : casualties) {
            if (casualty.kind().equals(kind) && casualty.count() != null) {
                sum = (sum == null ? 0 : sum) + casualty.count();
            }
        }
        return sum;
    }

    private static @Nullable SpanResponse optionalSpan(String text, @Nullable Integer start, @Nullable Integer end,
            OffsetUnit.Mapper offsets) {
        return start == null || end == null ? null : span(text, start, end, offsets);
    }

    private static SpanResponse span(String text, int start, int end, OffsetUnit.Mapper offsets) {
        return new SpanResponse(offsets.map(start), offsets.map(end), text.substring(start, end));
    }
}
