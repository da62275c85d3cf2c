package com.articlefacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/**
 * The same text and date give the same facts whatever was extracted before and however many extractions run at
 * once. SUTime keeps the tense of the last sentence it read ("will ... on Friday") for the next document
 * (stanfordnlp/CoreNLP issue 1061); these documents are chosen to expose that.
 */
class ExtractorDeterminismTests {

    private static final LocalDate SUNDAY = LocalDate.of(2016, 8, 21);
    private static final List<String> TEXTS = List.of(
            "Kurdish forces shelled the airport on Friday, the monitor said.",
            "The army will attack the town on Friday, officials in Kyiv said.",
            "Rebels will march on the capital in March, and talks resume next week.",
            "Government troops retook Goma in March. The president said he would visit in June.",
            "Police in Samara detained two men on Saturday night; the Mosel flooded Koblenz.");

    private final Extractor extractor = new Extractor(Annotated.KB, Annotated.LEXICON, CoreNlp::pipeline);

    @Test
    void givesTheSameFactsInAnyOrderAndConcurrently() throws Exception {
        Map<String, Extraction> inOrder = new HashMap<>();
        for (String text : TEXTS) {
            inOrder.put(text, extractor.extract(text, SUNDAY));
        }
        List<String> reversed = new ArrayList<>(TEXTS);
        java.util.Collections.reverse(reversed);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Extraction>> concurrent = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (String text : reversed) {
                    concurrent.add(pool.submit(() -> extractor.extract(text, SUNDAY)));
                }
            }
            for (int i = 0; i < concurrent.size(); i++) {
                String text = reversed.get(i % reversed.size());
                assertThat(concurrent.get(i).get()).as(text).isEqualTo(inOrder.get(text));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(inOrder.get(TEXTS.get(0)).dates()).extracting(TemporalExpression::value)
                .containsExactly("2016-08-19");
        assertThat(inOrder.get(TEXTS.get(1)).dates()).extracting(TemporalExpression::value)
                .containsExactly("2016-08-26");
    }
}
