package com.articlefacts.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Where a TimeML value lies on the calendar: its granularity and the days it covers ("2016-W32" is the week of
 * Monday 8 August 2016 to Sunday 14 August), for an expression in the text or an event's date alike.
 *
 * @param granularity day, week, month, year, time, duration, set, other, or reference for PRESENT_REF and the like
 * @param partOfDay morning, afternoon, evening, night, midday or daytime, for a day with a TimeML part of day
 * @param begin the first day it covers, null where it has no place on the calendar
 * @param end the last day it covers
 */
public record CalendarValue(String granularity, @Nullable String partOfDay, @Nullable LocalDate begin,
        @Nullable LocalDate end) {

    private static final Set<String> REFERENCES = Set.of("PRESENT_REF", "PAST_REF", "FUTURE_REF");
    private static final Map<String, String> PARTS_OF_DAY = Map.of("MO", "morning", "AF", "afternoon",
            "EV", "evening", "NI", "night", "MI", "midday", "DT", "daytime");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T(MO|AF|EV|NI|MI|DT|[\\d:]+))?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** @param kind DATE, TIME, DURATION or SET, which names the granularity of a value off the calendar */
    public static CalendarValue of(String kind, String value) {
        if (REFERENCES.contains(value)) {
            return new CalendarValue("reference", null, null, null);
        }
        Matcher day = DAY.matcher(value);
        if (day.matches() && validDay(day)) {
            LocalDate date = LocalDate.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)),
                    Integer.parseInt(day.group(3)));
            String time = day.group(4);
            return new CalendarValue("day", time == null ? null : PARTS_OF_DAY.get(time), date, date);
        }
        Matcher week = WEEK.matcher(value);
        if (week.matches() && Integer.parseInt(week.group(2)) >= 1 && Integer.parseInt(week.group(2)) <= 53) {
            LocalDate monday = LocalDate.of(Integer.parseInt(week.group(1)), 6, 1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new CalendarValue("week", null, monday, monday.plusDays(6));
        }
        Matcher month = MONTH.matcher(value);
        if (month.matches() && Integer.parseInt(month.group(2)) >= 1 && Integer.parseInt(month.group(2)) <= 12) {
            YearMonth ym = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
            return new CalendarValue("month", null, ym.atDay(1), ym.atEndOfMonth());
        }
        if (YEAR.matcher(value).matches()) {
            int year = Integer.parseInt(value);
            return new CalendarValue("year", null, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        String granularity = switch (kind) {
            case "DURATION" -> "duration";
            case "SET" -> "set";
            case "TIME" -> "time";
            default -> value.startsWith("P") ? "duration" : "other";
        };
        return new CalendarValue(granularity, null, null, null);
    }

    private static boolean validDay(Matcher day) {
        int month = Integer.parseInt(day.group(2));
        int dayOfMonth = Integer.parseInt(day.group(3));
        return month >= 1 && month <= 12 && dayOfMonth >= 1
                && dayOfMonth <= YearMonth.of(Integer.parseInt(day.group(1)), month).lengthOfMonth();
    }
}
