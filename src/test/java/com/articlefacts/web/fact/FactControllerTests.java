package com.articlefacts.web.fact;

import com.articlefacts.web.http.OffsetUnit;
import com.articlefacts.web.http.SecurityConfiguration;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.articlefacts.article.ArticleNotFoundException;
import com.articlefacts.extraction.FactLexicon;
import com.articlefacts.web.fact.FactResponses.ArticleDates;
import com.articlefacts.web.fact.FactResponses.DateResponse;
import com.articlefacts.web.fact.FactResponses.EventResponse;
import com.articlefacts.web.fact.FactResponses.Interval;
import com.articlefacts.web.fact.FactResponses.SpanResponse;

@WebMvcTest(controllers = FactController.class, properties = "article-facts.web.response-cache-ttl=0s")
@Import({SecurityConfiguration.class, FactControllerTests.Lexicon.class})
class FactControllerTests {

    private static final EventResponse AIRSTRIKE = new EventResponse(7, 1, "AIRSTRIKE", "Explosions/Remote violence",
            "Air/drone strike", "195", "syrian-regime", new SpanResponse(0, 16, "Regime warplanes"), "ypg",
            new SpanResponse(24, 41, "Kurdish positions"), "al-hasakah", "2016-08-21", List.of(), List.of(), null, null,
            new SpanResponse(17, 23, "bombed"), new SpanResponse(0, 42, "Regime warplanes bombed Kurdish positions."),
            null, "asserted", new FactResponses.EventLinks("/api/articles/1", "/api/entities/syrian-regime",
                    "/api/entities/ypg", "/api/entities/al-hasakah"));

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private FactViews views;

    @MockitoBean
    private EventCsv csv;

    @Test
    void servesDatesWithValueIntervalAndAnchor() throws Exception {
        given(views.dates("1", OffsetUnit.UTF16)).willReturn(new ArticleDates(1, "slug", "utf16", List.of(new DateResponse(
                709, 723, "Sunday morning", "DATE", "2016-08-21", "day", "morning",
                new Interval(LocalDate.of(2016, 8, 21), LocalDate.of(2016, 8, 21)), LocalDate.of(2016, 8, 21)))));

        mvc.perform(get("/api/articles/1/dates"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dates[0].value").value("2016-08-21"))
                .andExpect(jsonPath("$.dates[0].partOfDay").value("morning"))
                .andExpect(jsonPath("$.dates[0].interval.start").value("2016-08-21"))
                .andExpect(jsonPath("$.dates[0].anchor").value("2016-08-21"));
    }

    @Test
    void searchesEventsByActorAndDateRange() throws Exception {
        given(views.search(eq(new FactViews.EventFilter("syrian-regime", null, null, "AIRSTRIKE",
                LocalDate.of(2016, 8, 1), LocalDate.of(2016, 8, 31))), eq(OffsetUnit.UTF16),
                eq(PageRequest.of(0, 20, FactViews.ORDERS.parse("date")))))
                .willReturn(new PagedModel<>(new PageImpl<>(List.of(AIRSTRIKE), PageRequest.of(0, 20), 1)));

        mvc.perform(get("/api/events").param("actor", "syrian-regime").param("type", "airstrike")
                        .param("from", "2016-08-01").param("to", "2016-08-31").param("sort", "date"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].type").value("AIRSTRIKE"))
                .andExpect(header().string("Offset-Unit", "utf16"))
                .andExpect(jsonPath("$.content[0].trigger.text").value("bombed"))
                .andExpect(jsonPath("$.page.totalElements").value(1));
    }

    @Test
    void badEventFiltersAre400Problems() throws Exception {
        mvc.perform(get("/api/events").param("from", "2016-08-31").param("to", "2016-08-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("'from' must be on or before 'to' (2016-08-01) (was '2016-08-31')"));
        mvc.perform(get("/api/events").param("from", "last week"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("from"))
                .andExpect(jsonPath("$.detail").value("'from' must be an ISO 8601 date such as 2016-08-21"
                        + " (was 'last week')"));
        mvc.perform(get("/api/events").param("type", "PICNIC"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("AIRSTRIKE")));
        mvc.perform(get("/api/events").param("size", "500"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/events").param("sort", "newest"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("sort"))
                .andExpect(jsonPath("$.detail").value("'sort' must be one of date, -date, id, -id (was 'newest')"));
    }

    @Test
    void unknownArticleIsA404ProblemOnEveryFactEndpoint() throws Exception {
        given(views.dates(eq("nope"), any())).willThrow(new ArticleNotFoundException("nope"));
        given(views.events(eq("nope"), any())).willThrow(new ArticleNotFoundException("nope"));
        given(views.attributions(eq("nope"), any())).willThrow(new ArticleNotFoundException("nope"));
        given(views.facts(eq("nope"), any())).willThrow(new ArticleNotFoundException("nope"));

        for (String endpoint : List.of("dates", "events", "attributions", "facts")) {
            mvc.perform(get("/api/articles/nope/" + endpoint))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void badOffsetUnitIsA400Problem() throws Exception {
        mvc.perform(get("/api/articles/1/facts").param("offsets", "words"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @TestConfiguration
    static class Lexicon {
        @Bean
        FactLexicon factLexicon() {
            return FactLexicon.load();
        }
    }
}
