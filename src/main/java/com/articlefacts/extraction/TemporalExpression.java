package com.articlefacts.extraction;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A temporal expression placed on the calendar.
 *
 * @param kind DATE, TIME, DURATION or SET, as SUTime classes it
 * @param value the TimeML value (ISO 8601 and its extensions): "2016-08-21", "2016-08-21TMO" (a part of day),
 *     "2016-W32", "2016-08", "1942-SU", "PT2M", "PRESENT_REF"
 * @param granularity day, week, month, year, time, duration, set, other, or reference for a value that refers to
 *     time without a place on the calendar (PRESENT_REF, PAST_REF, FUTURE_REF)
 * @param partOfDay morning, afternoon, evening, night or midday where the text names one
 * @param begin first day of the interval the value denotes, where it denotes one
 * @param end last day of that interval
 * @param anchor the date relative expressions were resolved against: the publication date, or the story's own time
 *     where it has moved to another year
 */
public record TemporalExpression(Span span, String kind, String value, String granularity,
        @Nullable String partOfDay, @Nullable LocalDate begin, @Nullable LocalDate end, @Nullable LocalDate anchor) {

    /** Every kind an expression may have. */
    public static final List<String> KINDS = List.of("DATE", "TIME", "DURATION", "SET");
    /** Every granularity an expression may have. */
    public static final List<String> GRANULARITIES = List.of("day", "week", "month", "year", "time", "duration", "set",
            "other", "reference");

    /** The day it denotes where it denotes one ("2016-08-21" for "2016-08-21TMO"), else its value. */
    public String calendarValue() {
        return granularity.equals("day") && begin != null ? begin.toString() : value;
    }
}
