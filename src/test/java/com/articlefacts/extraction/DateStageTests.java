package com.articlefacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DateStageTests {

    private final DateStage stage = new DateStage(Annotated.KB.words());

    @Test
    void servesAPartOfDaySutimeSplitsAsOneSpanWithItsTimemlValue() {
        String text = "Raids resumed on Sunday morning.";
        Document doc = Document.of(text, LocalDate.of(2016, 8, 21))
                .with(Layers.TOKENS, List.of(
                        new Token(0, 0, new Span(0, 5), "Raids", "NNS", "raid", "O"),
                        new Token(1, 0, new Span(6, 13), "resumed", "VBD", "resume", "O"),
                        new Token(2, 0, new Span(14, 16), "on", "IN", "on", "O"),
                        new Token(3, 0, new Span(17, 23), "Sunday", "NNP", "Sunday", "DATE"),
                        new Token(4, 0, new Span(24, 31), "morning", "NN", "morning", "TIME"),
                        new Token(5, 0, new Span(31, 32), ".", ".", ".", "O")))
                .with(Layers.NER, List.of(
                        new NerMention(new Span(17, 23), "DATE", 3, 4, "2016-08-21TMO"),
                        new NerMention(new Span(24, 31), "TIME", 4, 5, "2016-08-21TMO")));

        List<TemporalExpression> dates = stage.apply(doc).get(Layers.DATES);

        assertThat(dates).singleElement().satisfies(date -> {
            assertThat(date.span().coveredText(text)).isEqualTo("Sunday morning");
            assertThat(date.value()).isEqualTo("2016-08-21TMO");
            assertThat(date.calendarValue()).isEqualTo("2016-08-21");
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
        Document doc = stage.apply(Annotated.coreNlp(
                "Fighting broke out yesterday, and clashes went on last week.", LocalDate.of(2016, 9, 1)));

        assertThat(doc.get(Layers.DATES)).extracting(TemporalExpression::value).contains("2016-08-31", "2016-W34");
    }

    @Test
    void resolvesAgainstThePublicationDateAcrossAYearEnd() {
        Document doc = stage.apply(Annotated.coreNlp(
                "Rebels shelled the town on Saturday night and again yesterday.", LocalDate.of(2017, 1, 1)));

        assertThat(doc.get(Layers.DATES)).extracting(TemporalExpression::calendarValue)
                .containsExactly("2016-12-31", "2016-12-31");
        assertThat(doc.get(Layers.DATES).get(0).partOfDay()).isEqualTo("night");
    }

    @Test
    void placesAWeekdayAfterThePublicationDateInTheFutureTenseAndBeforeItInThePast() {
        LocalDate sunday = LocalDate.of(2016, 8, 21);

        assertThat(stage.apply(Annotated.coreNlp("The army will attack the town on Friday.", sunday))
                .get(Layers.DATES)).extracting(TemporalExpression::value).containsExactly("2016-08-26");
        assertThat(stage.apply(Annotated.coreNlp("The army attacked the town on Friday.", sunday))
                .get(Layers.DATES)).extracting(TemporalExpression::value).containsExactly("2016-08-19");
    }

    @Test
    void aPastVerbTheTaggerReadsAsAParticipleStillPutsTheWeekdayBefore() {
        LocalDate monday = LocalDate.of(2016, 10, 3);
        String text = "According to the Syrian Observatory for Human Rights, regime aircraft bombed Douma on Friday.";

        assertThat(stage.apply(Annotated.coreNlp(text, monday)).get(Layers.DATES))
                .extracting(TemporalExpression::value).containsExactly("2016-09-30");
    }

    @Test
    void placesMonthsWithoutAYearInTheYearTheStoryIsAt() {
        Document doc = stage.apply(Annotated.coreNlp("The siege of the city began in October 1941. "
                + "In March the defenders broke out, and the following year the front moved west.",
                LocalDate.of(2009, 12, 19)));

        assertThat(doc.get(Layers.DATES)).extracting(TemporalExpression::value)
                .containsExactly("1941-10", "1941-03", "1942");
        assertThat(doc.get(Layers.DATES).get(1).anchor()).isEqualTo(LocalDate.of(1941, 10, 1));
    }

    @Test
    void keepsReferencesToTimeWithTheirTimemlValues() {
        Document doc = stage.apply(Annotated.coreNlp("Talks are now over, the former envoy said.",
                LocalDate.of(2016, 8, 21)));

        assertThat(doc.get(Layers.DATES)).extracting(TemporalExpression::value, TemporalExpression::granularity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PRESENT_REF", "reference"),
                        org.assertj.core.groups.Tuple.tuple("PAST_REF", "reference"));
    }

    @Test
    void writesYearsBeforeTheCommonEraAsTimemlDoes() {
        Document doc = stage.apply(Annotated.coreNlp("The revolt broke out in 499 BC.", LocalDate.of(2009, 12, 19)));

        assertThat(doc.get(Layers.DATES)).extracting(TemporalExpression::value).containsExactly("BC0499");
    }

    @Test
    void takesTheVerbMarchForNoMonth() {
        Document doc = stage.apply(Annotated.coreNlp("The troops will march on the capital.",
                LocalDate.of(2016, 8, 21)));

        assertThat(doc.get(Layers.DATES)).isEmpty();
    }
}
