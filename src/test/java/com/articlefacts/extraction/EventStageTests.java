package com.articlefacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class EventStageTests {

    private static final LocalDate DAY = LocalDate.of(2016, 10, 3);

    @Test
    void thePassiveAgentIsTheActorAndItsSubjectTheTarget() {
        String text = "Kurdish positions near Manbij were shelled by the Turkish army on Saturday.";
        List<Event> events = Annotated.facts(text, DAY).get(Layers.EVENTS);

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("SHELLING");
            assertThat(event.actor()).isEqualTo("turkish-armed-forces");
            assertThat(event.target()).isEqualTo("ypg");
            assertThat(event.place()).isEqualTo("manbij");
            assertThat(event.date()).isEqualTo("2016-10-01");
            assertThat(event.certainty()).isEqualTo("asserted");
        });
    }

    @Test
    void anEventInAReportedClaimIsReportedAndLinksItsAttribution() {
        String text = "The Syrian Observatory for Human Rights said Russian warplanes bombed Idlib on Sunday.";
        Document doc = Annotated.facts(text, DAY);
        List<Event> events = doc.get(Layers.EVENTS);

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("AIRSTRIKE");
            assertThat(event.actor()).isEqualTo("russia");
            assertThat(event.place()).isEqualTo("idlib");
            assertThat(event.date()).isEqualTo("2016-10-02");
            assertThat(event.certainty()).isEqualTo("reported");
            assertThat(event.attribution()).isEqualTo(doc.get(Layers.ATTRIBUTIONS).get(0).id());
        });
    }

    @Test
    void aVerbNeedsItsObjectToBeATrigger() {
        String text = "The US opened an air base near Kobani, and the coalition opened talks with tribes.";
        List<Event> events = Annotated.facts(text, DAY).get(Layers.EVENTS);

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("BASE_ESTABLISHED");
            assertThat(event.actor()).isEqualTo("united-states");
            assertThat(event.trigger().coveredText(text)).isEqualTo("opened an air base");
        });
    }

    @Test
    void anEventWithoutANamedActorIsDropped() {
        String text = "Fighting broke out between the two sides, and gunmen attacked a checkpoint.";

        assertThat(Annotated.facts(text, DAY).get(Layers.EVENTS)).isEmpty();
    }

    @Test
    void aNegatedEventDidNotHappen() {
        String text = "The Russian delegation did not meet the Kurdish officials in Qamishli.";

        assertThat(Annotated.facts(text, DAY).get(Layers.EVENTS)).isEmpty();
    }
}
