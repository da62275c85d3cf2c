package com.articlefacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotesTests {

    @Test
    void findsStraightAndCurlyQuotations() {
        String text = "\"We will stay,\" he said. She answered: \u201CNo.\u201D";

        assertThat(Quotes.find(text)).extracting(span -> span.coveredText(text)).containsExactly("We will stay,", "No.");
    }

    @Test
    void aQuotationLeftOpenAtAParagraphEndGoesOnInTheNext() {
        String text = "\"The city is surrounded.\n\n\"We have no water,\" the mayor said.";

        assertThat(Quotes.find(text)).singleElement()
                .satisfies(span -> assertThat(span.coveredText(text)).startsWith("The city").endsWith("no water,"));
    }

    @Test
    void forgetsAnUnbalancedMarkAtTheParagraphEnd() {
        String text = "He said \"maybe.\n\nThe next paragraph has \"a quote\" of its own.";

        assertThat(Quotes.find(text)).extracting(span -> span.coveredText(text)).containsExactly("a quote");
    }
}
