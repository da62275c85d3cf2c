package com.articlefacts.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Dates on the calendar, as TimeML values. HeidelTime ({@link HeidelTimeTagger}) finds and values the temporal
 * expressions. Which date relative expressions hang on depends on the kind of text, chosen per article by
 * {@link GenreOfText#of}: in news, "today", "Friday" or "next year" hang on the publication date; in a narrative,
 * such as a history whose dates lie far from the day it was published, they hang on the last date the story told.
 * In news, a weekday or month without its year is placed by the tense of its own clause ({@link CalendarName}).
 * Each expression keeps the date it was resolved against as its anchor. A value HeidelTime could not finish (a
 * holiday of no known year) is left out. Requires {@link Layers#TOKENS} and {@link Layers#DEPENDENCIES}; provides
 * {@link Layers#DATES}.
 */
public final class DateStage implements Stage {

    /** What a TimeML value is made of; HeidelTime leaves "UNDEF-..." or "funcDateCalc(...)" where it failed. */
    private static final Pattern TIMEML_VALUE = Pattern.compile("[A-Z0-9_.:+-]+");

    private final HeidelTimeTagger tagger;
    private final Words words;

    public DateStage(Words words) {
        this(HeidelTimeTagger.shared(), words);
    }

    DateStage(HeidelTimeTagger tagger, Words words) {
        this.tagger = tagger;
        this.words = words;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.DEPENDENCIES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.DATES);
    }

    @Override
    public Document apply(Document doc) {
        String text = doc.text();
        List<Token> tokens = doc.get(Layers.TOKENS);
        LocalDate published = doc.publishedOn();
        List<HeidelTimeTagger.Timex> news = tagger.tag(text, tokens, published, HeidelTimeTagger.Genre.NEWS);
        HeidelTimeTagger.Genre genre = GenreOfText.of(text, news, published, words);
        List<HeidelTimeTagger.Timex> timexes = genre == HeidelTimeTagger.Genre.NEWS ? news
                : tagger.tag(text, tokens, published, genre);
        Parse parse = new Parse(tokens, doc.get(Layers.DEPENDENCIES));
        List<TemporalExpression> dates = new ArrayList<>();
        LocalDate story = published;
        for (HeidelTimeTagger.Timex timex : timexes) {
            if (!TIMEML_VALUE.matcher(timex.value()).matches()) {
                continue;
            }
            String words = timex.span().coveredText(text);
            String value = genre == HeidelTimeTagger.Genre.NEWS && published != null
                    ? CalendarName.resolve(words, timex.value(), published, () -> ClauseTense.of(parse, timex.span()),
                            this.words)
                    : timex.value();
            TemporalExpression date = expression(timex.span(), timex.type(), value,
                    genre == HeidelTimeTagger.Genre.NEWS ? published : story);
            dates.add(date);
            if (genre == HeidelTimeTagger.Genre.NARRATIVE && date.begin() != null
                    && GenreOfText.writesItsYear(words, value)) {
                story = date.begin();
            }
        }
        dates.addAll(timeReferences(tokens, published, dates));
        dates.sort(java.util.Comparator.comparing(TemporalExpression::span));
        return doc.with(Layers.DATES, List.copyOf(dates));
    }

    /**
     * "The past" and "the future" (also "the near future", "the distant past") as TimeML's PAST_REF and FUTURE_REF,
     * which HeidelTime's English rules have no pattern for; not where they begin a longer expression ("the past
     * three years") or overlap one HeidelTime found.
     */
    private List<TemporalExpression> timeReferences(List<Token> tokens, @Nullable LocalDate published,
            List<TemporalExpression> found) {
        List<TemporalExpression> references = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String value = switch (tokens.get(i).word().toLowerCase(java.util.Locale.ROOT)) {
                case "past" -> "PAST_REF";
                case "future" -> "FUTURE_REF";
                default -> null;
            };
            if (value == null || !tokens.get(i).isNoun()) {
                continue;
            }
            int first = i - 1;
            while (first >= 0 && tokens.get(first).sentence() == tokens.get(i).sentence()
                    && words.contains("referenceModifiers", tokens.get(first).word())) {
                first--;
            }
            boolean determined = first >= 0 && tokens.get(first).word().equalsIgnoreCase("the")
                    && tokens.get(first).sentence() == tokens.get(i).sentence();
            boolean ends = i + 1 == tokens.size() || tokens.get(i + 1).sentence() != tokens.get(i).sentence()
                    || !(tokens.get(i + 1).isNoun() || tokens.get(i + 1).pos().equals("CD")
                            || tokens.get(i + 1).pos().startsWith("JJ"));
            Span span = new Span(tokens.get(Math.max(first, 0)).span().begin(), tokens.get(i).span().end());
            if (determined && ends && found.stream().noneMatch(d -> d.span().overlaps(span))) {
                references.add(expression(span, "DATE", value, published));
            }
        }
        return references;
    }

    /**
     * A TimeML value with the interval it denotes, where it denotes one on the calendar.
     *
     * @param kind DATE, TIME, DURATION or SET
     * @param anchor the date relative expressions were resolved against
     */
    static TemporalExpression expression(Span span, String kind, String value, @Nullable LocalDate anchor) {
        CalendarValue calendar = CalendarValue.of(kind, value);
        return new TemporalExpression(span, kind, value, calendar.granularity(), calendar.partOfDay(),
                calendar.begin(), calendar.end(), anchor);
    }

    /**
     * News or narrative, from the article itself. A story is a narrative when the dates it writes out with their
     * years lie far from its publication date (two years or more) and outnumber, more than twice over, the
     * expressions that can only be said from the day of writing ("today", "last week", "Friday"; not "the next
     * year"): a history written
     * in 2009 about 1941. Everything else, and every article without written years, is news. An article without a
     * publication date can only be read as a narrative.
     */
    static final class GenreOfText {

        private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b\\d{3,4}\\b");
        private static final Pattern VALUE_YEAR = Pattern.compile("^(BC)?(\\d{4})");

        private GenreOfText() {
        }

        static HeidelTimeTagger.Genre of(String text, List<HeidelTimeTagger.Timex> newsTagged,
                @Nullable LocalDate published, Words words) {
            if (published == null) {
                return HeidelTimeTagger.Genre.NARRATIVE;
            }
            int far = 0;
            int deictic = 0;
            for (HeidelTimeTagger.Timex timex : newsTagged) {
                String covered = timex.span().coveredText(text);
                Integer year = writesItsYear(covered, timex.value()) ? valueYear(timex.value()) : null;
                if (year != null && Math.abs(year - published.getYear()) >= 2) {
                    far++;
                } else if (isDeictic(covered, words)) {
                    deictic++;
                }
            }
            return far >= 2 * deictic + 3 ? HeidelTimeTagger.Genre.NARRATIVE
                    : HeidelTimeTagger.Genre.NEWS;
        }

        /** Whether the words write out the year of the value ("in March 1941", "499 BC"). */
        static boolean writesItsYear(String covered, String value) {
            Integer year = valueYear(value);
            if (year == null) {
                return false;
            }
            Matcher written = WRITTEN_YEAR.matcher(covered);
            while (written.find()) {
                if (Math.abs(Integer.parseInt(written.group())) == Math.abs(year)) {
                    return true;
                }
            }
            return false;
        }

        /** The year a value names, negative before the common era; null where it names none. */
        private static @Nullable Integer valueYear(String value) {
            Matcher matcher = VALUE_YEAR.matcher(value);
            if (!matcher.find()) {
                return null;
            }
            int year = Integer.parseInt(matcher.group(2));
            return matcher.group(1) != null ? -year : year;
        }

        /**
         * Whether the words can only be said from the day of writing: "next year" can, "the next year" and "that
         * Friday" hang on a time the text gave.
         */
        private static boolean isDeictic(String covered, Words words) {
            String[] parts = covered.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
            if (parts.length > 0 && words.contains("anaphoricDeterminers", parts[0])) {
                return false;
            }
            for (String word : parts) {
                if (words.contains("deicticTemporal", word)) {
                    return true;
                }
            }
            return false;
        }
    }
}
