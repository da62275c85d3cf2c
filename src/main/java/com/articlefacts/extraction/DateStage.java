package com.articlefacts.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Dates on the calendar. SUTime (in {@link CoreNlpStage}) resolves each temporal expression against the publication
 * date; this stage merges the parts SUTime splits but values as one ("Sunday" + "morning" = 2016-08-21TMO), reads
 * the value's granularity, part of day and interval, and drops words that place nothing on a calendar ("now",
 * "once"). Requires {@link Layers#NER}; provides {@link Layers#DATES}.
 */
public final class DateStage implements Stage {

    private static final Set<String> TEMPORAL_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final Set<String> VAGUE = Set.of("once", "now", "future", "the future", "current", "currently",
            "recently", "previously", "recent", "former", "past", "the past", "present", "the present", "daily",
            "day", "year", "the", "later", "earlier", "soon", "then");
    private static final Map<String, String> PARTS_OF_DAY = Map.of("MO", "morning", "AF", "afternoon",
            "EV", "evening", "NI", "night", "MI", "midday", "DT", "daytime");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T(MO|AF|EV|NI|MI|DT|[\\d:]+))?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.NER);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.DATES);
    }

    @Override
    public Document apply(Document doc) {
        String text = doc.text();
        List<NerMention> temporal = doc.get(Layers.NER).stream()
                .filter(m -> TEMPORAL_TAGS.contains(m.nerType()) && m.normalized() != null).toList();
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
            if (isDefinite(span.coveredText(text))) {
                dates.add(expression(span, kind, first.normalized(), doc.publishedOn()));
            }
            i = j;
        }
        return doc.with(Layers.DATES, List.copyOf(dates));
    }

    public static TemporalExpression expression(Span span, String kind, String value, @Nullable LocalDate anchor) {
        Matcher day = DAY.matcher(value);
        if (day.matches()) {
            LocalDate date = LocalDate.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)),
                    Integer.parseInt(day.group(3)));
            String time = day.group(4);
            String part = time == null ? null : PARTS_OF_DAY.get(time);
            return new TemporalExpression(span, kind, date.toString(), "day", part, date, date, anchor);
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

    private static boolean isDefinite(String expression) {
        String lower = expression.toLowerCase(Locale.ROOT).strip();
        if (VAGUE.contains(lower)) {
            return false;
        }
        // A bare number is a year only in the range news writes about; "Resolution 2328" is not a date.
        return !NUMBER.matcher(lower).matches() || (lower.length() == 4 && lower.compareTo("1900") >= 0
                && lower.compareTo("2100") < 0);
    }
}
