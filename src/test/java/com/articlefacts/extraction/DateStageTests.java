package com.articlefacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The date stage on hand-parsed sentences: HeidelTime's rules run, no model is loaded. */
class DateStageTests {

    private final DateStage stage = new DateStage(Annotated.KB.words());

    private List<TemporalExpression> dates(String annotated, LocalDate published) {
        return stage.apply(HandParsed.of(annotated, published)).get(Layers.DATES);
    }

    @Test
    void resolvesYesterdayAndLastWeekAgainstThePublicationDateAcrossAMonthEnd() {
        List<TemporalExpression> dates = dates("Fighting/NN/2/nsubj broke/VBD/0/root/break out/RP/2/compound:prt "
                + "yesterday/NN/2/obl:tmod ././2/punct", LocalDate.of(2016, 9, 1));

        assertThat(dates).singleElement().satisfies(date -> {
            assertThat(date.value()).isEqualTo("2016-08-31");
            assertThat(date.granularity()).isEqualTo("day");
            assertThat(date.anchor()).isEqualTo(LocalDate.of(2016, 9, 1));
        });
    }

    @Test
    void datesAWeekdayInAPastClauseOnTheLastSuchDayIncludingThePublicationDay() {
        LocalDate friday = LocalDate.of(2016, 8, 19);

        assertThat(dates("Rebels/NNS/2/nsubj shelled/VBD/0/root/shell the/DT/4/det town/NN/2/obj on/IN/6/case "
                + "Friday/NNP/2/obl:on ././2/punct", friday))
                .extracting(TemporalExpression::value).containsExactly("2016-08-19");
    }

    @Test
    void datesAWeekdayByItsOwnClauseNotByTheReportingVerb() {
        LocalDate sunday = LocalDate.of(2016, 8, 21);

        assertThat(dates("Officials/NNS/2/nsubj said/VBD/0/root/say the/DT/4/det talks/NNS/6/nsubj "
                + "will/MD/6/aux resume/VB/2/ccomp on/IN/8/case Monday/NNP/6/obl:on ././2/punct", sunday))
                .extracting(TemporalExpression::value).containsExactly("2016-08-22");
    }

    @Test
    void placesAMonthWithoutItsYearBeforeOrAfterPublicationByTense() {
        assertThat(dates("The/DT/2/det dam/NN/4/nsubj:pass was/VBD/4/aux:pass/be completed/VBN/0/root/complete "
                + "in/IN/6/case November/NNP/4/obl:in ././4/punct", LocalDate.of(2016, 3, 10)))
                .extracting(TemporalExpression::value).containsExactly("2015-11");
        assertThat(dates("Elections/NNS/4/nsubj:pass will/MD/4/aux be/VB/4/aux:pass held/VBN/0/root/hold "
                + "in/IN/6/case February/NNP/4/obl:in ././4/punct", LocalDate.of(2016, 11, 10)))
                .extracting(TemporalExpression::value).containsExactly("2017-02");
    }

    @Test
    void keepsTheValueOfAWeekdayWithAModifierOfItsOwn() {
        LocalDate wednesday = LocalDate.of(2016, 8, 24);

        assertThat(dates("Talks/NNS/2/nsubj resume/VBP/0/root next/JJ/4/amod Monday/NNP/2/obl:tmod ././2/punct",
                wednesday)).extracting(TemporalExpression::value).containsExactly("2016-08-29");
    }

    @Test
    void readsAHistoryAsANarrativeWhoseRelativeDatesHangOnItsOwnTime() {
        List<TemporalExpression> dates = dates(
                "The/DT/2/det siege/NN/3/nsubj began/VBD/0/root/begin in/IN/5/case October/NNP/3/obl:in "
                        + "1941/CD/5/nummod ././3/punct"
                        + " | The/DT/2/det next/JJ/3/amod year/NN/6/obl:tmod the/DT/5/det defenders/NNS/6/nsubj "
                        + "broke/VBD/0/root/break out/RP/6/compound:prt ././6/punct"
                        + " | The/DT/2/det front/NN/3/nsubj moved/VBD/0/root/move west/RB/3/advmod in/IN/6/case "
                        + "1943/CD/3/obl:in ././3/punct"
                        + " | The/DT/2/det war/NN/3/nsubj ended/VBD/0/root/end in/IN/5/case 1945/CD/3/obl:in "
                        + "././3/punct",
                LocalDate.of(2009, 12, 19));

        assertThat(dates).extracting(TemporalExpression::value).containsExactly("1941-10", "1942", "1943", "1945");
        assertThat(dates.get(1).anchor()).isEqualTo(LocalDate.of(1941, 10, 1));
    }

    @Test
    void tellsNewsFromANarrativeByHowFarItsWrittenYearsLieFromPublication() {
        LocalDate published = LocalDate.of(2016, 8, 21);
        String history = "In 1941 the siege began, in 1943 the front moved and in 1945 the war ended.";
        String news = "Today the army recalled the wars of 1941, 1967 and 1973, and the truce of yesterday.";

        assertThat(DateStage.GenreOfText.of(history, timexes(history), published, Annotated.KB.words()))
                .isEqualTo(HeidelTimeTagger.Genre.NARRATIVE);
        assertThat(DateStage.GenreOfText.of(news, timexes(news), published, Annotated.KB.words()))
                .isEqualTo(HeidelTimeTagger.Genre.NEWS);
        assertThat(DateStage.GenreOfText.of(history, timexes(history), LocalDate.of(1946, 1, 2),
                Annotated.KB.words())).isEqualTo(HeidelTimeTagger.Genre.NEWS);
    }

    @Test
    void readsAnArticleWithoutPublicationDateAsANarrative() {
        List<TemporalExpression> dates = dates("Rebels/NNS/2/nsubj shelled/VBD/0/root/shell the/DT/4/det "
                + "town/NN/2/obj on/IN/6/case Friday/NNP/2/obl:on ././2/punct", null);

        assertThat(dates).singleElement().satisfies(date -> assertThat(date.anchor()).isNull());
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
    void servesAPartOfDayWithItsDay() {
        TemporalExpression morning = DateStage.expression(new Span(0, 14), "TIME", "2016-08-21TMO", null);

        assertThat(morning.calendarValue()).isEqualTo("2016-08-21");
        assertThat(morning.partOfDay()).isEqualTo("morning");
    }

    @Test
    void givesNoCalendarIntervalToAValueThatIsNotADay() {
        assertThat(DateStage.expression(new Span(0, 4), "DATE", "2016-02-30", null).begin()).isNull();
        assertThat(DateStage.expression(new Span(0, 4), "DATE", "PRESENT_REF", null).granularity())
                .isEqualTo("reference");
    }

    @Test
    void takesHostileTextsWithoutFailingAndKeepsEverySpanInside() {
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            numbers.append(i * 7 % 10_000).append(i % 12 == 11 ? " .\n" : " ");
        }
        StringBuilder everyLineADate = new StringBuilder();
        for (int i = 0; i < 600; i++) { // more than one of HeidelTime's parts
            everyLineADate.append("On ").append(1 + i % 28).append(" May ").append(1900 + i % 200).append(" .\n");
        }
        for (String text : List.of(numbers.toString(), everyLineADate.toString())) {
            for (LocalDate published : new LocalDate[] {LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31),
                    LocalDate.of(2016, 8, 21), null}) {
                List<TemporalExpression> dates = stage.apply(byWords(text, published)).get(Layers.DATES);

                assertThat(dates).allSatisfy(date -> {
                    assertThat(date.span().end()).isLessThanOrEqualTo(text.length());
                    assertThat(date.span().coveredText(text)).isNotBlank();
                });
            }
        }
    }

    /** A text cut into tokens at spaces, one sentence a line, tagged by the look of each word. */
    private static Document byWords(String text, LocalDate published) {
        List<Token> tokens = new ArrayList<>();
        List<Dependency> dependencies = new ArrayList<>();
        Matcher word = Pattern.compile("\\S+").matcher(text);
        int sentence = 0;
        int last = 0;
        while (word.find()) {
            sentence += (int) text.substring(last, word.start()).chars().filter(c -> c == '\n').count();
            last = word.start();
            String w = word.group();
            String tag = Character.isDigit(w.charAt(0)) ? "CD" : Character.isUpperCase(w.charAt(0)) ? "NNP"
                    : w.equals(".") ? "." : "IN";
            dependencies.add(new Dependency(-1, tokens.size(), "root"));
            tokens.add(new Token(tokens.size(), sentence, new Span(word.start(), word.end()), w, tag, w, "O"));
        }
        return Document.of(text, published).with(Layers.TOKENS, tokens).with(Layers.DEPENDENCIES, dependencies);
    }

    /** Each four-digit year and each word "today" or "yesterday" of a text as a timex, as the tagger would value them. */
    private static List<HeidelTimeTagger.Timex> timexes(String text) {
        List<HeidelTimeTagger.Timex> found = new ArrayList<>();
        Matcher matcher = Pattern.compile("\\b\\d{4}\\b|\\btoday\\b|\\bToday\\b|\\byesterday\\b").matcher(text);
        while (matcher.find()) {
            String value = Character.isDigit(matcher.group().charAt(0)) ? matcher.group() : "2016-08-21";
            found.add(new HeidelTimeTagger.Timex(new Span(matcher.start(), matcher.end()), "DATE", value));
        }
        return found;
    }
}
