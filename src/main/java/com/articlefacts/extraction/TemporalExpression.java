package com.articlefacts.extraction;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A temporal expression placed on the calendar.
 *
 * @param kind DATE, TIME, DURATION or SET, as SUTime classes it
 * @param value ISO 8601: "2016-08-21", "2016-W32", "2016-08", "PT2M"; a time of day is in {@code partOfDay}
 * @param granularity day, week, month, quarter, year, decade, century, time, duration or set
 * @param partOfDay morning, afternoon, evening, night or midday where the text names one
 * @param begin first day of the interval the value denotes, where it denotes one
 * @param end last day of that interval
 * @param anchor the date relative expressions were resolved against (the publication date)
 */
public record TemporalExpression(Span span, String kind, String value, String granularity,
        @Nullable String partOfDay, @Nullable LocalDate begin, @Nullable LocalDate end, @Nullable LocalDate anchor) {
}
