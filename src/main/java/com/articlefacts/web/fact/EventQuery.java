package com.articlefacts.web.fact;

import com.articlefacts.web.http.OffsetUnit;
import com.articlefacts.web.http.Paging;
import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The query string of {@code /api/events}, bound once for its JSON and its CSV form: filters, sort, page, offsets and
 * format. A value of the wrong type or out of range is an {@code invalid-parameter} problem naming it. Every component
 * is null where its parameter is not given; none carries {@code @Nullable}, which springdoc would describe as a
 * nullable parameter, a thing a query string cannot say.
 */
@ParameterObject
record EventQuery(
        @Parameter(description = "Entity key of the actor") String actor,
        @Parameter(description = "Entity key of the target") String target,
        @Parameter(description = "Entity key of the place") String place,
        @Parameter(description = "Event type, such as ATTACK or AIRSTRIKE") String type,
        @Parameter(description = "Earliest day, ISO 8601") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate from,
        @Parameter(description = "Latest day, ISO 8601") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate to,
        @Parameter(description = SORT, schema = @Schema(allowableValues = {"-date", "date", "id", "-id"}))
        String sort,
        @Parameter(description = Paging.PAGE, schema = @Schema(type = "integer", format = "int32",
                defaultValue = "0")) @Min(0) @Max(Paging.MAX_PAGE) Integer page,
        @Parameter(description = Paging.SIZE, schema = @Schema(type = "integer", format = "int32",
                defaultValue = "" + DEFAULT_SIZE)) @Min(1) @Max(Paging.MAX_SIZE) Integer size,
        @Parameter(description = OffsetUnit.DESCRIPTION) String offsets,
        @Parameter(description = FORMAT, schema = @Schema(allowableValues = {"json", "csv"})) String format) {

    static final String SORT = "-date (the default: newest first), date (oldest first), id or -id; events"
            + " without a date come last";
    static final String FORMAT = "Answer as CSV (csv) or JSON (json, the default); an Accept of text/csv does the same"
            + " as csv";
    private static final int DEFAULT_SIZE = 20;

    int pageOrFirst() {
        return page == null ? 0 : page;
    }

    int sizeOrDefault() {
        return size == null ? DEFAULT_SIZE : size;
    }
}
