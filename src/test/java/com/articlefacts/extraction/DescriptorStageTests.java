package com.articlefacts.extraction;

import static com.articlefacts.extraction.Annotated.mentionsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Descriptions of actors on tokens tagged by hand (see {@link NameLinkingStageTests}): no model is loaded. */
class DescriptorStageTests {

    private static Document descriptors(String tagged) {
        return new DescriptorStage(Annotated.KB).apply(NameLinkingStageTests.names(tagged));
    }

    @Test
    void descriptionsAttachToTheActorTheKnowledgeBaseSaysTheyDescribe() {
        Document doc = descriptors("Kurdish/JJ/MISC fighters/NNS advanced/VBD on/IN Raqqa/NNP/LOCATION while/IN "
                + "Syrian/JJ/MISC troops/NNS shelled/VBD regime/NN areas/NNS north/NN of/IN Homs/NNP ./.");

        assertThat(mentionsOf(doc, "ypg")).containsExactly("Kurdish fighters");
        assertThat(mentionsOf(doc, "syrian-regime")).containsExactly("Syrian troops", "regime");
        assertThat(doc.get(Layers.MENTIONS)).filteredOn(m -> m.entityKey().equals("ypg"))
                .allMatch(EntityMention::nominal);
    }

    @Test
    void theSameWordsDescribeTheActorOfTheCountryTheArticleIsAbout() {
        Document doc = descriptors("Kurdish/JJ/MISC fighters/NNS pushed/VBD towards/IN Mosul/NNP/LOCATION from/IN "
                + "Erbil/NNP/LOCATION as/IN Iraqi/JJ/MISC troops/NNS cleared/VBD villages/NNS near/IN "
                + "Kirkuk/NNP/LOCATION ./.");

        assertThat(mentionsOf(doc, "peshmerga")).containsExactly("Kurdish fighters");
        assertThat(mentionsOf(doc, "iraqi-government")).containsExactly("Iraqi troops");
    }

    @Test
    void aMultiWordNounCompletesTheDescription() {
        Document doc = descriptors("A/DT Russian/JJ/MISC mediation/NN team/NN arrived/VBD in/IN Aleppo/NNP/LOCATION on/IN "
                + "Monday/NNP/DATE ./.");

        assertThat(mentionsOf(doc, "russian-delegation")).containsExactly("Russian mediation team");
    }

    @Test
    void aStatesDelegationIsOneEntityPartOfTheStateHoweverTheStoryWordsIt() {
        Document doc = descriptors("The/DT Turkish/JJ/MISC delegation/NN met/VBD Qatari/JJ/MISC envoys/NNS in/IN "
                + "Doha/NNP/LOCATION on/IN Monday/NNP/DATE ,/, and/CC the/DT Turkish/JJ/MISC "
                + "negotiators/NNS left/VBN on/IN Tuesday/NNP/DATE ./. | An/DT Indian/JJ/MISC election/NN "
                + "commission/NN observed/VBD the/DT vote/NN ./.");

        assertThat(mentionsOf(doc, "turkish-delegation")).containsExactly("Turkish delegation", "Turkish negotiators");
        assertThat(mentionsOf(doc, "qatari-delegation")).containsExactly("Qatari envoys");
        assertThat(doc.get(Layers.ENTITIES).get("turkish-delegation").partOf()).isEqualTo("turkey");
        assertThat(doc.get(Layers.ENTITIES)).doesNotContainKey("indian-delegation");
    }

    @Test
    void aDescriptionThatFitsNothingIsNoEntity() {
        Document doc = descriptors("Kurdish/JJ/MISC officials/NNS and/CC local/JJ elders/NNS met/VBD in/IN a/DT school/NN "
                + "./.");

        assertThat(doc.get(Layers.MENTIONS)).isEmpty();
        assertThat(doc.get(Layers.ENTITIES)).isEmpty();
    }

    @Test
    void aCommonDescriptionNeedsItsActorsCountryInTheStory() {
        Document doc = descriptors("Government/NN troops/NNS clashed/VBD with/IN rebels/NNS near/IN Bujumbura/NNP/LOCATION "
                + ",/, the/DT capital/NN of/IN Burundi/NNP/LOCATION ,/, on/IN Sunday/NNP/DATE ./.");

        assertThat(doc.get(Layers.MENTIONS)).extracting(EntityMention::entityKey)
                .doesNotContain("syrian-regime", "free-syrian-army");
    }

    @Test
    void aSentenceSetInAnotherCountryOverridesTheStorysCountry() {
        Document doc = descriptors("Regime/NNP forces/NNS shelled/VBD Homs/NNP/PERSON ,/, Syria/NNP/LOCATION ,/, on/IN "
                + "Monday/NNP/DATE ./. | In/IN Damascus/NNP/LOCATION ,/, officials/NNS said/VBD regime/NN "
                + "change/NN in/IN Iran/NNP/LOCATION was/VBD not/RB their/PRP$ aim/NN ./.");

        assertThat(mentionsOf(doc, "syrian-regime")).containsExactly("Regime forces");
    }

    @Test
    void theOppositionToAStateIsNotDescribedAsThatState() {
        Document doc = descriptors("Syrian/JJ/MISC opposition/NN forces/NNS shelled/VBD Aleppo/NNP/LOCATION ,/, and/CC "
                + "Syrian/JJ/MISC government/NN forces/NNS shelled/VBD Idlib/NNP ./.");

        assertThat(mentionsOf(doc, "syrian-regime")).containsExactly("Syrian government forces");
    }
}
