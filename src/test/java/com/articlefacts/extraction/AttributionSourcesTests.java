package com.articlefacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Who is the source and who the medium of a report, on parses written by hand: no model is loaded. */
class AttributionSourcesTests {

    private static final LocalDate DAY = LocalDate.of(2022, 5, 4);
    private static final AttributionStage STAGE = new AttributionStage(FactLexicon.load(), Words.load());

    private static List<Attribution> attributions(Document doc) {
        return STAGE.apply(doc).get(Layers.ATTRIBUTIONS);
    }

    @Test
    void theOutletToldIsTheMediumNotPartOfTheClaim() {
        Document doc = HandParsed.named(HandParsed.of("Rebel/NN/2/compound commanders/NNS/3/nsubj/commander"
                + " told/VBD/0/root/tell Reuters/NNP/3/iobj the/DT/6/det town/NN/8/nsubj had/VBD/8/aux/have"
                + " fallen/VBN/3/ccomp/fall ././3/punct", DAY), "Reuters=reuters/ORGANIZATION");

        assertThat(attributions(doc)).singleElement().satisfies(a -> {
            assertThat(a.source()).isEqualTo("rebels");
            assertThat(a.medium()).isEqualTo("reuters");
            assertThat(a.claim().coveredText(doc.text())).isEqualTo("the town had fallen");
        });
    }

    @Test
    void theOutletRightAfterTheVerbIsTheMediumWhereverTheParserPutIt() {
        Document doc = HandParsed.named(HandParsed.of("Officials/NNS/2/nsubj/official told/VBD/0/root/tell"
                + " the/DT/4/det BBC/NNP/6/nsubj the/DT/6/det/the talks/NNS/8/nsubj:pass/talk had/VBD/8/aux/have"
                + " stalled/VBN/2/ccomp/stall ././2/punct", DAY), "BBC=bbc/ORGANIZATION");

        assertThat(attributions(doc)).singleElement().satisfies(a -> {
            assertThat(a.source()).isEqualTo("officials");
            assertThat(a.medium()).isEqualTo("bbc");
        });
    }
}
