package com.articlefacts.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A body paragraph: its number (from 1) and its range in the article text. The text itself is a slice of it. */
@Embeddable
public class Paragraph {

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    protected Paragraph() {
    }

    Paragraph(int number, TextRange range) {
        this.number = number;
        this.start = range.start();
        this.end = range.end();
    }

    public int number() {
        return number;
    }

    public TextRange range() {
        return new TextRange(start, end);
    }
}
