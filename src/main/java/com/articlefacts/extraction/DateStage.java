package com.articlefacts.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Dates on the calendar, as TimeML values. SUTime (in {@link CoreNlpStage}) finds and values each temporal
 * expression against the publication date; this stage merges the parts SUTime splits but values as one ("Sunday" +
 * "morning" = 2016-08-21TMO), then values again, from the text alone, what SUTime resolves with state it keeps
 * between documents (stanfordnlp/CoreNLP issue 1061): a weekday is the one before the publication date in a sentence
 * in the past tense, the one after it in the future tense ("will attack on Friday"), else the one of its week. A
 * month, season or "the following year" without a year of its own is placed in the story's own time: the year of the
 * last date the text gave with its year, where that has moved away from the publication year ("In 1942 ... in
 * March"). Words that refer to time without a place on the calendar keep their TimeML value (PRESENT_REF, PAST_REF,
 * FUTURE_REF) with the granularity "reference". Requires {@link Layers#TOKENS} and {@link Layers#NER}; provides
 * {@link Layers#DATES}.
 */
public final class DateStage implements Stage {

    private static final Set<String> TEMPORAL_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final Set<String> REFERENCES = Set.of("PRESENT_REF", "PAST_REF", "FUTURE_REF");
    private static final Map<String, String> PARTS_OF_DAY = Map.of("MO", "morning", "AF", "afternoon",
            "EV", "evening", "NI", "night", "MI", "midday", "DT", "daytime");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T(MO|AF|EV|NI|MI|DT|[\\d:]+))?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern LEADING_YEAR = Pattern.compile("^(\\d{4})(?=$|-)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\b\\d{4}s?\\b|'\\d\\d\\b");
    private static final Pattern WORD = Pattern.compile("[^\\p{L}]+");
    private static final Pattern MONTH_ONLY = Pattern.compile("\\*{4}(\\d{2})");
    private static final Pattern ASTRONOMICAL_YEAR = Pattern.compile("^-(\\d{4})");

    /** Each weekday's and month's English name as a whole word, compiled once. */
    private static final Map<Enum<?>, Pattern> NAME_PATTERNS = namePatterns();

    private final Words words;

    public DateStage(Words words) {
        this.words = words;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.NER);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.DATES);
    }

    @Override
    public Document apply(Document doc) {
        String text = doc.text();
        List<Token> tokens = doc.get(Layers.TOKENS);
        List<NerMention> temporal = doc.get(Layers.NER).stream()
                .filter(m -> TEMPORAL_TAGS.contains(m.nerType()) && m.normalized() != null).toList();
        LocalDate published = doc.publishedOn();
        StoryTime story = new StoryTime(published);
        Map<Integer, Tense> tenses = new HashMap<>();
        List<TemporalExpression> dates = new ArrayList<>();
        int i = 0;
        while (i < temporal.size()) {
            NerMention first = temporal.get(i);
            Span span = first.span();
            int j = i + 1;
            while (j < temporal.size() && first.normalized().equals(temporal.get(j).normalized())
                    && text.substring(span.end(), temporal.get(j).span().begin()).isBlank()) {
                span = new Span(span.begin(), temporal.get(j).span().end());
                j++;
            }
            String kind = temporal.subList(i, j).stream().anyMatch(m -> m.nerType().equals("DATE")) ? "DATE"
                    : first.nerType();
            String words = span.coveredText(text);
            if (isDate(words, tokens.subList(first.firstToken(), temporal.get(j - 1).endToken()))) {
                int sentence = tokens.get(first.firstToken()).sentence();
                Tense tense = tenses.computeIfAbsent(sentence, s -> Tense.of(tokens, s, this.words));
                String sutime = timeml(first.normalized());
                String value = sutime;
                LocalDate anchor = published;
                if (published != null && !REFERENCES.contains(value)) {
                    anchor = story.anchor();
                    value = revalue(words, value, published, story, tense);
                }
                dates.add(expression(span, kind, value, anchor));
                // Only a year the text wrote, or a value placed in the story's time, moves the story.
                if (WRITTEN_YEAR.matcher(words).find() || (story.moved() && !value.equals(sutime))) {
                    story.saw(value);
                }
            }
            i = j;
        }
        dates.addAll(references(text, tokens, temporal, published));
        dates.sort(java.util.Comparator.comparing(TemporalExpression::span));
        return doc.with(Layers.DATES, List.copyOf(dates));
    }

    /**
     * Words that refer to past or present time without a date, which SUTime leaves untagged ("former" leaders, the
     * "present-day" border): their TimeML values come from {@code kb/words.json}.
     */
    private List<TemporalExpression> references(String text, List<Token> tokens, List<NerMention> temporal,
            @Nullable LocalDate published) {
        List<TemporalExpression> found = new ArrayList<>();
        for (Token token : tokens) {
            String lower = token.word().toLowerCase(Locale.ROOT);
            String value = words.contains("pastReferences", lower) ? "PAST_REF"
                    : words.contains("presentReferences", lower) ? "PRESENT_REF" : null;
            if (value != null && temporal.stream().noneMatch(m -> m.span().overlaps(token.span()))) {
                found.add(expression(token.span(), "DATE", value, published));
            }
        }
        return found;
    }

    /** SUTime's value in TimeML's spelling: years before the common era as "BC0499", not the astronomical "-0498". */
    private static String timeml(String value) {
        Matcher bc = ASTRONOMICAL_YEAR.matcher(value);
        if (bc.find()) {
            return String.format(Locale.ROOT, "BC%04d", 1 + Integer.parseInt(bc.group(1))) + value.substring(bc.end());
        }
        return value;
    }

    /** The value again from the words, where SUTime's own would depend on what it read before. */
    private String revalue(String words, String value, LocalDate published, StoryTime story, Tense tense) {
        String lower = words.toLowerCase(Locale.ROOT);
        if (WRITTEN_YEAR.matcher(lower).find()) {
            return value;
        }
        LocalDate anchor = story.anchor();
        Matcher monthOnly = MONTH_ONLY.matcher(value);
        if (monthOnly.matches()) {
            // SUTime writes "mid-February" as "****02": the month of the year the story is at.
            return String.format(Locale.ROOT, "%04d-%s", anchor.getYear(), monthOnly.group(1));
        }
        DayOfWeek weekday = named(lower, DayOfWeek.values());
        Month month = named(lower, Month.values());
        Matcher day = DAY.matcher(value);
        if (weekday != null && month == null && day.matches()) {
            LocalDate date = switch (tense) {
                case PAST -> published.with(TemporalAdjusters.previousOrSame(weekday));
                case FUTURE -> published.with(TemporalAdjusters.next(weekday));
                case NONE -> published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .with(TemporalAdjusters.nextOrSame(weekday));
            };
            return date + (day.group(4) == null ? "" : "T" + day.group(4));
        }
        Matcher leadingYear = LEADING_YEAR.matcher(value);
        if (!leadingYear.find()) {
            return value;
        }
        int year;
        List<String> parts = List.of(WORD.split(lower));
        if (month == null && isRelative(parts)) {
            return story.moved() ? shifted(value, published, anchor) : value;
        } else if (month != null || parts.stream().anyMatch(part -> this.words.contains("seasons", part))) {
            year = anchor.getYear();
            if (anchor.equals(published) && month != null) {
                // In news a month without its year is the last one in the past tense, the next in the future.
                if (tense == Tense.PAST && month.getValue() > published.getMonthValue()) {
                    year--;
                } else if (tense == Tense.FUTURE && month.getValue() < published.getMonthValue()) {
                    year++;
                }
            }
        } else {
            return value;
        }
        return String.format(Locale.ROOT, "%04d", year) + value.substring(4);
    }

    /**
     * Whether the words value a time relative to one the story gives: "twelve days later", or a determiner such as
     * "the following" before a unit ("the next day", "that year"); both lists live in {@code kb/words.json}.
     */
    private boolean isRelative(List<String> parts) {
        for (int i = 0; i < parts.size(); i++) {
            if (words.contains("storyRelativeWords", parts.get(i))) {
                return true;
            }
            boolean unit = i + 1 < parts.size() && (words.contains("calendarUnits", parts.get(i + 1))
                    || words.contains("seasons", parts.get(i + 1)));
            if (unit && words.contains("storyDeterminers", parts.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A value SUTime computed from the publication date ("twelve days later" = published + 12 days) moved by the same
     * amount from the story's own time, at the value's granularity.
     */
    private static String shifted(String value, LocalDate published, LocalDate anchor) {
        Matcher day = DAY.matcher(value);
        if (day.matches()) {
            LocalDate date = LocalDate.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)),
                    Integer.parseInt(day.group(3)));
            long days = java.time.temporal.ChronoUnit.DAYS.between(published, date);
            return anchor.plusDays(days) + (day.group(4) == null ? "" : "T" + day.group(4));
        }
        Matcher month = MONTH.matcher(value);
        if (month.matches()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
            long months = java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(published), ym);
            return YearMonth.from(anchor).plusMonths(months).toString();
        }
        Matcher year = LEADING_YEAR.matcher(value);
        if (year.find()) {
            int shift = Integer.parseInt(year.group(1)) - published.getYear();
            return String.format(Locale.ROOT, "%04d", anchor.getYear() + shift) + value.substring(4);
        }
        return value;
    }

    private static Map<Enum<?>, Pattern> namePatterns() {
        Map<Enum<?>, Pattern> patterns = new HashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            patterns.put(day, wordPattern(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
        }
        for (Month month : Month.values()) {
            patterns.put(month, wordPattern(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
        }
        return Map.copyOf(patterns);
    }

    private static Pattern wordPattern(String name) {
        return Pattern.compile("\\b" + name.toLowerCase(Locale.ROOT) + "\\b");
    }

    /** The first of the values whose English name is a word of the text (lower case). */
    private static <T extends Enum<T>> @Nullable T named(String lower, T[] values) {
        for (T value : values) {
            if (NAME_PATTERNS.get(value).matcher(lower).find()) {
                return value;
            }
        }
        return null;
    }

    /** The tense of a sentence, as far as its auxiliaries and verb forms tell. */
    enum Tense {
        PAST, FUTURE, NONE;

        static Tense of(List<Token> tokens, int sentence, Words words) {
            boolean past = false;
            for (Token token : tokens) {
                if (token.sentence() != sentence) {
                    continue;
                }
                if (words.contains("futureAuxiliaries", token.word())) {
                    return FUTURE;
                }
                // a participle the tagger gives a main verb ("aircraft bombed/VBN Douma") or a perfect tells a past
                past |= token.pos().equals("VBD") || token.pos().equals("VBN");
            }
            return past ? PAST : NONE;
        }
    }

    /**
     * The time the story is at: the last date the text gave with its year. Expressions without a year are placed in
     * it once it has moved to another year than the publication's; until then, the publication date anchors them.
     */
    private static final class StoryTime {
        private final @Nullable LocalDate published;
        private @Nullable LocalDate current;

        StoryTime(@Nullable LocalDate published) {
            this.published = published;
        }

        /** Whether the story is at another year than the publication's. */
        boolean moved() {
            return current != null && published != null && current.getYear() != published.getYear();
        }

        LocalDate anchor() {
            return moved() ? current : published;
        }

        /** Moves the story to a date the text gave with its year, or to one valued from the story's time. */
        void saw(String value) {
            Matcher year = LEADING_YEAR.matcher(value);
            if (!year.find()) {
                return;
            }
            TemporalExpression expression = expression(new Span(0, 0), "DATE", value, null);
            current = expression.begin() != null ? expression.begin()
                    : LocalDate.of(Integer.parseInt(year.group(1)), 1, 1);
        }
    }

    public static TemporalExpression expression(Span span, String kind, String value, @Nullable LocalDate anchor) {
        if (REFERENCES.contains(value)) {
            return new TemporalExpression(span, kind, value, "reference", null, null, null, anchor);
        }
        Matcher day = DAY.matcher(value);
        if (day.matches()) {
            LocalDate date = LocalDate.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)),
                    Integer.parseInt(day.group(3)));
            String time = day.group(4);
            String part = time == null ? null : PARTS_OF_DAY.get(time);
            return new TemporalExpression(span, kind, value, "day", part, date, date, anchor);
        }
        Matcher week = WEEK.matcher(value);
        if (week.matches()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(week.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new TemporalExpression(span, kind, value, "week", null, monday, monday.plusDays(6), anchor);
        }
        Matcher month = MONTH.matcher(value);
        if (month.matches()) {
            YearMonth ym = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
            return new TemporalExpression(span, kind, value, "month", null, ym.atDay(1), ym.atEndOfMonth(), anchor);
        }
        if (YEAR.matcher(value).matches()) {
            int year = Integer.parseInt(value);
            return new TemporalExpression(span, kind, value, "year", null, LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31), anchor);
        }
        String granularity = switch (kind) {
            case "DURATION" -> "duration";
            case "SET" -> "set";
            case "TIME" -> "time";
            default -> value.startsWith("P") ? "duration" : "other";
        };
        return new TemporalExpression(span, kind, value, granularity, null, null, null, anchor);
    }

    /**
     * Whether SUTime's find is a date: not a word listed as vague, not a verb ("march", "fall"), not an ordinal
     * ("a second attack"), not part of a proper name ("the Second World War"), and a bare number only in the range
     * of years ("Resolution 2328" is not a date).
     */
    private boolean isDate(String expression, List<Token> tokens) {
        String lower = expression.toLowerCase(Locale.ROOT).strip();
        if (words.contains("vagueTemporal", lower)) {
            return false;
        }
        Token head = tokens.get(tokens.size() - 1);
        if (tokens.size() == 1 && head.pos().startsWith("VB") || head.pos().equals("JJ")
                || tokens.stream().filter(t -> !t.pos().equals("DT")).allMatch(
                        t -> t.pos().startsWith("NNP") && named(t.word().toLowerCase(Locale.ROOT),
                                DayOfWeek.values()) == null && named(t.word().toLowerCase(Locale.ROOT),
                                Month.values()) == null)) {
            return false;
        }
        return !NUMBER.matcher(lower).matches() || (lower.length() == 4 && lower.compareTo("1000") >= 0
                && lower.compareTo("2100") < 0);
    }
}
