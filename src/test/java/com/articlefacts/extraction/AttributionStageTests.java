package com.articlefacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class AttributionStageTests {

    private static final LocalDate DAY = LocalDate.of(2017, 3, 2);

    @Test
    void aSourceThatToldAnOutletHasThatOutletAsMedium() {
        String text = "Rami Abdulrahman told Reuters that dozens of fighters had been killed near Raqqa.";
        List<Attribution> attributions = Annotated.facts(text, DAY).get(Layers.ATTRIBUTIONS);

        assertThat(attributions).singleElement().satisfies(a -> {
            assertThat(a.source()).isEqualTo("rami-abdulrahman");
            assertThat(a.sourceIsEntity()).isTrue();
            assertThat(a.medium()).isEqualTo("reuters");
            assertThat(a.cue().coveredText(text)).isEqualTo("Rami Abdulrahman told Reuters");
            assertThat(a.claim().coveredText(text)).contains("dozens of fighters had been killed");
        });
    }

    @Test
    void aPronounSpeakerIsThePersonQuotedBefore() {
        String text = "Commander Talal Silo said the offensive would start soon.\n\n"
                + "\"We are ready to take the city,\" he added.";
        List<Attribution> attributions = Annotated.facts(text, DAY).get(Layers.ATTRIBUTIONS);

        assertThat(attributions).hasSize(2);
        assertThat(attributions.get(1).source()).isEqualTo("talal-silo");
        assertThat(attributions.get(1).directQuote()).isTrue();
        assertThat(attributions.get(1).claim().coveredText(text)).isEqualTo("We are ready to take the city");
    }

    @Test
    void aQuotationAcrossParagraphsIsOneClaim() {
        String text = "\"The siege has cut the city off for weeks.\n\n"
                + "\"Nobody can bring food in,\" a local doctor told Al Jazeera.";
        List<Attribution> attributions = Annotated.facts(text, DAY).get(Layers.ATTRIBUTIONS);

        assertThat(attributions).singleElement().satisfies(a -> {
            assertThat(a.source()).isEqualTo("medics");
            assertThat(a.sourceIsEntity()).isFalse();
            assertThat(a.medium()).isEqualTo("al-jazeera");
            assertThat(a.claim().coveredText(text)).startsWith("The siege").endsWith("bring food in");
        });
    }

    @Test
    void unnamedSourcesAndReportingAdverbsNameTheirKind() {
        String text = "Residents said the bridge was destroyed. Turkish jets reportedly struck a convoy near Afrin.";
        List<Attribution> attributions = Annotated.facts(text, DAY).get(Layers.ATTRIBUTIONS);

        assertThat(attributions).extracting(Attribution::source).containsExactly("locals", "reports");
        assertThat(attributions.get(1).cue().coveredText(text)).isEqualTo("reportedly struck");
    }

    @Test
    void accordingToASourceReportsTheClause() {
        String text = "According to the Syrian Observatory for Human Rights, 20 fighters were killed in Idlib.";
        List<Attribution> attributions = Annotated.facts(text, DAY).get(Layers.ATTRIBUTIONS);

        assertThat(attributions).singleElement().satisfies(a -> {
            assertThat(a.source()).isEqualTo("sohr");
            assertThat(a.cue().coveredText(text)).isEqualTo("According to the Syrian Observatory for Human Rights");
            assertThat(a.claim().coveredText(text)).startsWith("20 fighters were killed");
        });
    }

    @Test
    void officialsOfAnElectionInAPlaceAreOfficialsNotThePlace() {
        String text = "Georgia election officials said turnout was high.";

        assertThat(Annotated.facts(text, DAY).get(Layers.ATTRIBUTIONS)).singleElement().satisfies(a -> {
            assertThat(a.source()).isEqualTo("officials");
            assertThat(a.sourceIsEntity()).isFalse();
        });
    }

    @Test
    void aStatementOfFactIsNoAttribution() {
        String text = "Russian forces maintained control of the bridge near Kherson.";

        assertThat(Annotated.facts(text, DAY).get(Layers.ATTRIBUTIONS)).isEmpty();
    }

    @Test
    void aMonitorGroupIsAnUnnamedMonitor() {
        String text = "Dozens of soldiers were killed in clashes with Taliban fighters in Kandahar, a monitor group "
                + "reported.";

        assertThat(Annotated.facts(text, DAY).get(Layers.ATTRIBUTIONS)).singleElement()
                .satisfies(a -> assertThat(a.source()).isEqualTo("monitors"));
    }

    @Test
    void anOfficeHolderTheTextDoesNotNameIsAnOfficialSource() {
        String text = "Boko Haram militants killed at least 40 farmers in Borno state, the governor said on Sunday.";
        Document doc = Annotated.facts(text, DAY);

        assertThat(doc.get(Layers.ATTRIBUTIONS)).singleElement().satisfies(a -> {
            assertThat(a.source()).isEqualTo("officials");
            assertThat(a.sourceIsEntity()).isFalse();
            assertThat(a.cue().coveredText(text)).isEqualTo("the governor said");
        });
        assertThat(doc.get(Layers.EVENTS)).singleElement()
                .satisfies(event -> assertThat(event.certainty()).isEqualTo("reported"));
    }

    @Test
    void policeAndAStatesMilitaryAreSourcesOfTheirOwnNotOfficials() {
        String text = "Two soldiers were killed near the border, police said. The army said it had repelled an attack.";

        assertThat(Annotated.facts(text, DAY).get(Layers.ATTRIBUTIONS)).extracting(Attribution::source)
                .containsExactly("police", "military");
    }

    @Test
    void aRightsGroupTheTextDoesNotNameIsARightsGroup() {
        String text = "A human rights group said police had detained dozens of students.";

        assertThat(Annotated.facts(text, DAY).get(Layers.ATTRIBUTIONS)).singleElement()
                .satisfies(a -> assertThat(a.source()).isEqualTo("rights groups"));
    }
}
