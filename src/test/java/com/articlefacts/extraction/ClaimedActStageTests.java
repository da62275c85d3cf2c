package com.articlefacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ClaimedActStageTests {

    private static final LocalDate DAY = LocalDate.of(2021, 3, 9);
    private static final String ATTACK = "A/DT/2/det gunman/NN/3/nsubj attacked/VBD/0/root/attack a/DT/5/det"
            + " market/NN/3/obj in/IN/7/case Kismayo/NNP/3/obl:in ././3/punct";

    private static EventDraft onlyEvent(String annotated) {
        Document doc = HandParsed.named(HandParsed.of(annotated, DAY), "Kismayo=kismayo/CITY",
                "Al-Shabaab=al-shabaab/ORGANIZATION");
        doc = new EventDraftStage(EventDraftStageTests.VOCABULARY).apply(doc);
        return new ClaimedActStage(EventDraftStageTests.VOCABULARY).apply(doc).get(Layers.EVENT_DRAFTS).get(0);
    }

    @Test
    void aBareClaimOfResponsibilityGivesTheActBeforeItsActor() {
        EventDraft attack = onlyEvent(ATTACK + " | Al-Shabaab/NNP/2/nsubj claimed/VBD/0/root/claim"
                + " responsibility/NN/2/obj ././2/punct");

        assertThat(attack.actor()).isEqualTo("al-shabaab");
        assertThat(attack.place()).isEqualTo("kismayo");
    }

    @Test
    void aDenialGivesTheActNoActor() {
        EventDraft attack = onlyEvent(ATTACK + " | Al-Shabaab/NNP/2/nsubj denied/VBD/0/root/deny"
                + " responsibility/NN/2/obj ././2/punct");

        assertThat(attack.actor()).isNull();
        assertThat(attack.actorPhrase()).isNotNull();
    }
}
