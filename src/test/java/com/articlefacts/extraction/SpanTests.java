package com.articlefacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTests {

    @Test
    void coversTheUtf16Slice() {
        String text = "\uD83D\uDCF0 Raqqa";

        assertThat(new Span(3, 8).coveredText(text)).isEqualTo("Raqqa");
    }

    @Test
    void rejectsNegativeOrReversedRanges() {
        assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overlapsOnlyWhenSharingACodeUnit() {
        assertThat(new Span(0, 5).overlaps(new Span(4, 9))).isTrue();
        assertThat(new Span(0, 5).overlaps(new Span(5, 9))).isFalse();
    }
}
