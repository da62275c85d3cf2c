package com.articlefacts.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A weekday or a month named without its year in news ("on Friday", "in May", "Nov. 16"), placed before or after
 * the publication date by the tense of the clause it belongs to ({@link ClauseTense}): the last such day in the
 * past tense, including the day of publication itself, the next one in the future. HeidelTime decides this from the
 * nearest verb of the sentence, which in news is most often the reporting verb ("said"). Expressions with a
 * modifier of their own ("last Friday", "next May", "that Monday") and those whose tense the parse does not tell
 * keep HeidelTime's value.
 */
final class CalendarName {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WRITTEN_YEAR = Pattern.compile("\\d{4}|'\\d\\d");
    private static final Pattern WORD = Pattern.compile("[^\\p{L}]+");
    private static final Map<String, DayOfWeek> WEEKDAYS = names(DayOfWeek.values(), "tues", "thur", "thurs");
    private static final Map<String, Month> MONTHS = names(Month.values(), "sept");

    private CalendarName() {
    }

    static String resolve(String words, String value, LocalDate published, Supplier<ClauseTense> tense,
            Words kb) {
        if (WRITTEN_YEAR.matcher(words).find()) {
            return value;
        }
        DayOfWeek weekday = null;
        Month month = null;
        for (String word : WORD.split(words.toLowerCase(Locale.ROOT))) {
            if (kb.contains("dateModifiers", word)) {
                return value;
            }
            weekday = weekday != null ? weekday : WEEKDAYS.get(word);
            month = month != null ? month : MONTHS.get(word);
        }
        Matcher day = DAY.matcher(value);
        if (weekday != null && month == null && day.matches()) {
            LocalDate date = switch (tense.get()) {
                case PAST -> published.with(TemporalAdjusters.previousOrSame(weekday));
                case FUTURE -> published.with(TemporalAdjusters.next(weekday));
                case UNKNOWN -> null;
            };
            return date == null ? value : date + (day.group(4) == null ? "" : day.group(4));
        }
        if (month == null || weekday != null) {
            return value;
        }
        Matcher monthValue = MONTH.matcher(value);
        if (monthValue.matches() && Integer.parseInt(monthValue.group(2)) == month.getValue()) {
            Integer year = yearOf(MonthDay.of(month, 1), MonthDay.of(published.getMonth(), 1), published, tense.get());
            return year == null ? value : String.format(Locale.ROOT, "%04d-%02d", year, month.getValue());
        }
        if (day.matches() && Integer.parseInt(day.group(2)) == month.getValue() && validMonthDay(day)) {
            MonthDay named = MonthDay.of(month, Integer.parseInt(day.group(3)));
            Integer year = yearOf(named, MonthDay.from(published), published, tense.get());
            return year == null || !named.isValidYear(year) ? value
                    : String.format(Locale.ROOT, "%04d-%s%s", year, value.substring(5, 10),
                            day.group(4) == null ? "" : day.group(4));
        }
        return value;
    }

    /** The year of the last such day up to publication in the past tense, of the next one from it in the future. */
    private static @Nullable Integer yearOf(MonthDay named, MonthDay publication, LocalDate published,
            ClauseTense tense) {
        return switch (tense) {
            case PAST -> named.isAfter(publication) ? published.getYear() - 1 : published.getYear();
            case FUTURE -> named.isBefore(publication) ? published.getYear() + 1 : published.getYear();
            case UNKNOWN -> null;
        };
    }

    /** Whether the word is a weekday's full name ("Wednesday"), which no person's name holds. */
    static boolean isWeekdayName(String word) {
        return Arrays.stream(DayOfWeek.values())
                .anyMatch(day -> day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(word));
    }

    private static boolean validMonthDay(Matcher day) {
        int dayOfMonth = Integer.parseInt(day.group(3));
        return dayOfMonth >= 1 && dayOfMonth <= Month.of(Integer.parseInt(day.group(2))).maxLength();
    }

    /** Each value by its English full and short names, lower case, and the extra abbreviations given. */
    private static <T extends java.time.temporal.TemporalAccessor> Map<String, T> names(T[] values,
            String... extra) {
        Map<String, T> names = new HashMap<>();
        for (T value : values) {
            for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.SHORT}) {
                String name = value instanceof DayOfWeek d ? d.getDisplayName(style, Locale.ENGLISH)
                        : ((Month) value).getDisplayName(style, Locale.ENGLISH);
                names.put(name.toLowerCase(Locale.ROOT), value);
            }
        }
        for (String abbreviation : extra) {
            names.put(abbreviation, names.get(abbreviation.substring(0, 3)));
        }
        return Map.copyOf(names);
    }
}
