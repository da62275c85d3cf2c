package com.articlefacts.fact;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import com.articlefacts.extraction.TemporalExpression;

/** A temporal expression of an article, with its value on the calendar. */
@Entity
@Table(name = "date_fact")
public class DateFact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    @Column(nullable = false)
    private String kind;

    @Column(name = "date_value", nullable = false)
    private String value;

    @Column(nullable = false)
    private String granularity;

    @Column(name = "part_of_day")
    private @Nullable String partOfDay;

    @Column(name = "interval_start")
    private @Nullable LocalDate intervalStart;

    @Column(name = "interval_end")
    private @Nullable LocalDate intervalEnd;

    private @Nullable LocalDate anchor;

    protected DateFact() {
        this.kind = "";
        this.value = "";
        this.granularity = "";
    }

    DateFact(long articleId, TemporalExpression date) {
        this.articleId = articleId;
        this.start = date.span().begin();
        this.end = date.span().end();
        this.kind = date.kind();
        this.value = date.value();
        this.granularity = date.granularity();
        this.partOfDay = date.partOfDay();
        this.intervalStart = date.begin();
        this.intervalEnd = date.end();
        this.anchor = date.anchor();
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String kind() {
        return kind;
    }

    public String value() {
        return value;
    }

    public String granularity() {
        return granularity;
    }

    public @Nullable String partOfDay() {
        return partOfDay;
    }

    public @Nullable LocalDate intervalStart() {
        return intervalStart;
    }

    public @Nullable LocalDate intervalEnd() {
        return intervalEnd;
    }

    public @Nullable LocalDate anchor() {
        return anchor;
    }
}
