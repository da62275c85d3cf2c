package com.articlefacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DateStageTests {

    @Test
    void servesAPartOfDaySutimeSplitsAsOneSpan() {
        String text = "Raids resumed on Sunday morning.";
        Document doc = Document.of(text, LocalDate.of(2016, 8, 21)).with(Layers.NER, List.of(
                new NerMention(new Span(17, 23), "DATE", 3, 4, "2016-08-21TMO"),
                new NerMention(new Span(24, 31), "TIME", 4, 5, "2016-08-21TMO")));

        List<TemporalExpression> dates = new DateStage().apply(doc).get(Layers.DATES);

        assertThat(dates).singleElement().satisfies(date -> {
            assertThat(date.span().coveredText(text)).isEqualTo("Sunday morning");
            assertThat(date.value()).isEqualTo("2016-08-21");
            assertThat(date.partOfDay()).isEqualTo("morning");
            assertThat(date.granularity()).isEqualTo("day");
            assertThat(date.anchor()).isEqualTo(LocalDate.of(2016, 8, 21));
        });
    }

    @Test
    void readsWeeksAsMondayToSundayIntervals() {
        TemporalExpression week = DateStage.expression(new Span(0, 9), "DATE", "2016-W32", null);

        assertThat(week.granularity()).isEqualTo("week");
        assertThat(week.begin()).isEqualTo(LocalDate.of(2016, 8, 8));
        assertThat(week.end()).isEqualTo(LocalDate.of(2016, 8, 14));
        assertThat(DateStage.expression(new Span(0, 4), "DATE", "2016-02", null).end())
                .isEqualTo(LocalDate.of(2016, 2, 29));
    }

    @Test
    void resolvesAgainstThePublicationDateAcrossAMonthEnd() {
        Document doc = new DateStage().apply(Annotated.names(
                "Fighting broke out yesterday, and clashes went on last week.", LocalDate.of(2016, 9, 1)));

        assertThat(doc.get(Layers.DATES)).extracting(TemporalExpression::value).contains("2016-08-31", "2016-W34");
    }

    @Test
    void resolvesAgainstThePublicationDateAcrossAYearEnd() {
        Document doc = new DateStage().apply(Annotated.names(
                "Rebels shelled the town on Saturday night and again yesterday.", LocalDate.of(2017, 1, 1)));

        assertThat(doc.get(Layers.DATES)).extracting(TemporalExpression::value)
                .containsExactly("2016-12-31", "2016-12-31");
        assertThat(doc.get(Layers.DATES).get(0).partOfDay()).isEqualTo("night");
    }

    @Test
    void dropsWordsThatPlaceNothingOnTheCalendar() {
        Document doc = new DateStage().apply(Annotated.names("Talks are now over, and may resume in the future."));

        assertThat(doc.get(Layers.DATES)).isEmpty();
    }
}
