package com.articlefacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class EventPlaceStageTests {

    private static final LocalDate DAY = LocalDate.of(2021, 3, 9);

    /** A draft of the type whose trigger is the document's token of that index, with the place given. */
    private static EventDraft draft(Document doc, String type, int trigger, @Nullable String place) {
        Span span = doc.get(Layers.TOKENS).get(trigger).span();
        return new EventDraft(type, trigger, null, null, null, null, null, null, place, null, List.of(), span, span,
                List.of());
    }

    private static List<@Nullable String> places(Document doc, EventDraft... drafts) {
        Document placed = new EventPlaceStage(EventDraftStageTests.VOCABULARY)
                .apply(doc.with(Layers.EVENT_DRAFTS, List.of(drafts)));
        return placed.get(Layers.EVENT_DRAFTS).stream().map(EventDraft::place).toList();
    }

    @Test
    void anEventIsWhereAnEarlierSentenceOfItsParagraphPutsTheAction() {
        Document doc = HandParsed.named(HandParsed.of("Fighting/NN/2/nsubj resumed/VBD/0/root/resume in/IN/4/case"
                + " Beni/NNP/2/obl:in ././2/punct | Two/CD/2/nummod soldiers/NNS/3/nsubj died/VBD/0/root/die"
                + " ././3/punct", DAY), "Beni=beni/CITY");

        assertThat(places(doc, draft(doc, "ARMED_CLASH", 7, null))).containsExactly("beni");
    }

    @Test
    void aCountryIsTooWideToPlaceAnEvent() {
        Document doc = HandParsed.named(HandParsed.of("Fighting/NN/2/nsubj resumed/VBD/0/root/resume in/IN/4/case"
                + " Uganda/NNP/2/obl:in ././2/punct | Two/CD/2/nummod soldiers/NNS/3/nsubj died/VBD/0/root/die"
                + " ././3/punct", DAY), "Uganda=uganda/COUNTRY");

        assertThat(places(doc, draft(doc, "ARMED_CLASH", 7, null))).containsExactly((String) null);
    }

    @Test
    void aViolentEventWithoutPlaceIsWhereTheViolenceBeforeItWas() {
        Document doc = HandParsed.named(HandParsed.of("Beni/NNP/3/nsubj:pass was/VBD/3/aux:pass/be"
                + " shelled/VBN/0/root/shell ././3/punct | Rebels/NNS/2/nsubj/rebel attacked/VBD/0/root/attack"
                + " ././2/punct | Envoys/NNS/2/nsubj/envoy met/VBD/0/root/meet ././2/punct", DAY), "Beni=beni/CITY");

        assertThat(places(doc, draft(doc, "SHELLING", 2, "beni"), draft(doc, "ATTACK", 5, null),
                draft(doc, "MEETING", 8, null))).containsExactly("beni", "beni", null);
    }
}
