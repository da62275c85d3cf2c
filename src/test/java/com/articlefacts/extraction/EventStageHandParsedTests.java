package com.articlefacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The event stages end to end on parses written by hand: attributions, drafts, claims, places, events. */
class EventStageHandParsedTests {

    private static final LocalDate DAY = LocalDate.of(2020, 11, 2);
    private static final EventVocabulary VOCABULARY = EventDraftStageTests.VOCABULARY;
    private static final List<Stage> STAGES = List.of(new AttributionStage(FactLexicon.load(), Words.load()),
            new EventDraftStage(VOCABULARY), new ClaimedActStage(VOCABULARY), new EventPlaceStage(VOCABULARY),
            new EventStage(VOCABULARY));

    private static List<Event> events(Document doc) {
        Document current = doc;
        for (Stage stage : STAGES) {
            current = stage.apply(current);
        }
        return current.get(Layers.EVENTS);
    }

    @Test
    void theCasualtiesOfAClauseAfterAViolentVerbAreThatActsNotAnActOfTheirOwn() {
        Document doc = HandParsed.named(HandParsed.of("Rebels/NNS/2/nsubj/rebel shelled/VBD/0/root/shell"
                + " Beni/NNP/2/obj ,/,/5/punct killing/VBG/2/advcl/kill 12/CD/7/nummod civilians/NNS/5/obj/civilian"
                + " ././2/punct", DAY), "Beni=beni/CITY");

        assertThat(events(doc)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("SHELLING");
            assertThat(event.actorPhrase().coveredText(doc.text())).isEqualTo("Rebels");
            assertThat(event.place()).isEqualTo("beni");
            assertThat(event.certainty()).isEqualTo("asserted");
            assertThat(event.casualties()).singleElement().satisfies(casualty -> {
                assertThat(casualty.kind()).isEqualTo(Event.Casualty.KILLED);
                assertThat(casualty.count()).isEqualTo(12);
            });
        });
    }

    @Test
    void anEventInsideWhatASourceSaidIsReportedAndLinksTheAttribution() {
        Document doc = HandParsed.named(HandParsed.of("Monitors/NNS/2/nsubj/monitor said/VBD/0/root/say"
                + " rebels/NNS/4/nsubj/rebel shelled/VBD/2/ccomp/shell Beni/NNP/4/obj ././2/punct", DAY),
                "Beni=beni/CITY");

        assertThat(events(doc)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("SHELLING");
            assertThat(event.certainty()).isEqualTo("reported");
            assertThat(event.attribution()).isEqualTo("a1");
        });
    }
}
