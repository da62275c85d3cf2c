package com.articlefacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The sentence-level event rules on parses written by hand: no model is loaded. */
class EventDraftStageTests {

    static final EventVocabulary VOCABULARY = new EventVocabulary(KnowledgeBase.load(), FactLexicon.load());
    private static final LocalDate DAY = LocalDate.of(2021, 3, 9);

    static List<EventDraft> drafts(Document doc) {
        return new EventDraftStage(VOCABULARY).apply(doc).get(Layers.EVENT_DRAFTS);
    }

    @Test
    void theSubjectActsOnTheObjectAtThePlaceItsObliqueNames() {
        Document doc = HandParsed.named(HandParsed.of("Uganda/NNP/2/nsubj shelled/VBD/0/root/shell rebel/NN/4/compound"
                + " positions/NNS/2/obj/position near/IN/6/case Beni/NNP/2/obl:near ././2/punct", DAY),
                "Uganda=uganda/COUNTRY", "Beni=beni/CITY");

        assertThat(drafts(doc)).singleElement().satisfies(draft -> {
            assertThat(draft.type()).isEqualTo("SHELLING");
            assertThat(draft.actor()).isEqualTo("uganda");
            assertThat(draft.targetPhrase().coveredText(doc.text())).isEqualTo("rebel positions");
            assertThat(draft.place()).isEqualTo("beni");
            assertThat(draft.rules()).containsExactly("actor-subject", "target-object", "place-oblique");
        });
    }

    @Test
    void thePassiveAgentActsByItsNamedPattern() {
        Document doc = HandParsed.named(HandParsed.of("Convoys/NNS/3/nsubj:pass/convoy were/VBD/3/aux:pass/be"
                + " attacked/VBN/0/root/attack by/IN/6/case the/DT/6/det militia/NN/3/obl:agent ././3/punct", DAY));

        assertThat(drafts(doc)).singleElement().satisfies(draft -> {
            assertThat(draft.type()).isEqualTo("ATTACK");
            assertThat(draft.actorPhrase().coveredText(doc.text())).isEqualTo("the militia");
            assertThat(draft.rules()).contains("actor-passive-agent");
        });
    }

    @Test
    void aViolentVerbNeedsADoerThatCanUseForce() {
        Document doc = HandParsed.named(HandParsed.of("Critics/NNS/2/nsubj/critic attacked/VBD/0/root/attack"
                + " the/DT/4/det budget/NN/2/obj ././2/punct", DAY));

        assertThat(drafts(doc)).isEmpty();
    }
}
