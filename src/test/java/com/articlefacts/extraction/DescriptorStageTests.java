package com.articlefacts.extraction;

import static com.articlefacts.extraction.Annotated.mentionsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DescriptorStageTests {

    @Test
    void descriptionsAttachToTheActorTheKnowledgeBaseSaysTheyDescribe() {
        Document doc = Annotated.descriptors(
                "Kurdish fighters advanced on Raqqa while Syrian troops shelled regime areas north of Homs.");

        assertThat(mentionsOf(doc, "ypg")).containsExactly("Kurdish fighters");
        assertThat(mentionsOf(doc, "syrian-regime")).containsExactly("Syrian troops", "regime");
        assertThat(doc.get(Layers.MENTIONS)).filteredOn(m -> m.entityKey().equals("ypg"))
                .allMatch(EntityMention::nominal);
    }

    @Test
    void theSameWordsDescribeTheActorOfTheCountryTheArticleIsAbout() {
        Document doc = Annotated.descriptors(
                "Kurdish fighters pushed towards Mosul from Erbil as Iraqi troops cleared villages near Kirkuk.");

        assertThat(mentionsOf(doc, "peshmerga")).containsExactly("Kurdish fighters");
        assertThat(mentionsOf(doc, "iraqi-government")).containsExactly("Iraqi troops");
    }

    @Test
    void aMultiWordNounCompletesTheDescription() {
        Document doc = Annotated.descriptors("A Russian mediation team arrived in Aleppo on Monday.");

        assertThat(mentionsOf(doc, "russian-delegation")).containsExactly("Russian mediation team");
    }

    @Test
    void aStatesDelegationIsOneEntityPartOfTheStateHoweverTheStoryWordsIt() {
        Document doc = Annotated.descriptors("The Turkish delegation met Qatari envoys in Doha on Monday, and the"
                + " Turkish negotiators left on Tuesday. An Indian election commission observed the vote.");

        assertThat(mentionsOf(doc, "turkish-delegation")).containsExactly("Turkish delegation", "Turkish negotiators");
        assertThat(mentionsOf(doc, "qatari-delegation")).containsExactly("Qatari envoys");
        assertThat(doc.get(Layers.ENTITIES).get("turkish-delegation").partOf()).isEqualTo("turkey");
        assertThat(doc.get(Layers.ENTITIES)).doesNotContainKey("indian-delegation");
    }

    @Test
    void aDescriptionThatFitsNothingIsNoEntity() {
        Document doc = Annotated.descriptors("Kurdish officials and local elders met in a school.");

        assertThat(doc.get(Layers.MENTIONS)).isEmpty();
        assertThat(doc.get(Layers.ENTITIES)).isEmpty();
    }

    @Test
    void aCommonDescriptionNeedsItsActorsCountryInTheStory() {
        Document doc = Annotated.descriptors(
                "Government troops clashed with rebels near Bujumbura, the capital of Burundi, on Sunday.");

        assertThat(doc.get(Layers.MENTIONS)).extracting(EntityMention::entityKey)
                .doesNotContain("syrian-regime", "free-syrian-army");
    }

    @Test
    void aSentenceSetInAnotherCountryOverridesTheStorysCountry() {
        Document doc = Annotated.descriptors("Regime forces shelled Homs, Syria, on Monday. "
                + "In Damascus, officials said regime change in Iran was not their aim.");

        assertThat(mentionsOf(doc, "syrian-regime")).containsExactly("Regime forces");
    }

    @Test
    void theOppositionToAStateIsNotDescribedAsThatState() {
        Document doc = Annotated.descriptors(
                "Syrian opposition forces shelled Aleppo, and Syrian government forces shelled Idlib.");

        assertThat(mentionsOf(doc, "syrian-regime")).containsExactly("Syrian government forces");
    }
}
