package com.articlefacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which entities a pronoun may stand for, on documents written by hand: no model is loaded. */
class PronounTests {

    private final PersonReferenceStage stage = new PersonReferenceStage(Words.load());

    private List<String> referentsOf(Document doc, String pronoun) {
        Document resolved = stage.apply(doc);
        return resolved.get(Layers.MENTIONS).stream()
                .filter(m -> m.span().coveredText(doc.text()).equals(pronoun))
                .map(EntityMention::entityKey).toList();
    }

    @Test
    void aPersonPronounPassesOverAPlaceToThePersonBeforeIt() {
        Document doc = HandParsed.named(HandParsed.of("Moreno/NNP/2/nsubj visited/VBD/0/root/visit Goma/NNP/2/obj"
                + " ././2/punct | He/PRP/2/nsubj left/VBD/0/root/leave ././2/punct", null),
                "Moreno=jane-moreno/PERSON", "Goma=goma/CITY");

        assertThat(referentsOf(doc, "He")).containsExactly("jane-moreno");
    }

    @Test
    void aPersonPronounNeverStandsForAPlaceOrAnOrganisation() {
        Document doc = HandParsed.named(HandParsed.of("Goma/NNP/2/nsubj welcomed/VBD/0/root/welcome the/DT/4/det"
                + " UNHCR/NNP/2/obj ././2/punct | She/PRP/2/nsubj left/VBD/0/root/leave ././2/punct", null),
                "Goma=goma/CITY", "UNHCR=unhcr/ORGANIZATION");

        assertThat(referentsOf(doc, "She")).isEmpty();
    }

    @Test
    void theyStandsForAnOrganisationNeverForAPerson() {
        Document doc = HandParsed.named(HandParsed.of("Moreno/NNP/2/nsubj met/VBD/0/root/meet the/DT/4/det"
                + " UNHCR/NNP/2/obj ././2/punct | They/PRP/2/nsubj agreed/VBD/0/root/agree ././2/punct", null),
                "Moreno=jane-moreno/PERSON", "UNHCR=unhcr/ORGANIZATION");
        Document onlyAPerson = HandParsed.named(HandParsed.of("Moreno/NNP/2/nsubj arrived/VBD/0/root/arrive"
                + " ././2/punct | They/PRP/2/nsubj cheered/VBD/0/root/cheer ././2/punct", null),
                "Moreno=jane-moreno/PERSON");

        assertThat(referentsOf(doc, "They")).containsExactly("unhcr");
        assertThat(referentsOf(onlyAPerson, "They")).isEmpty();
    }
}
