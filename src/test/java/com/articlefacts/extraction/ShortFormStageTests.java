package com.articlefacts.extraction;

import static com.articlefacts.extraction.Annotated.mentionsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortFormStageTests {

    private final ShortFormStage stage = new ShortFormStage(Annotated.KB);

    @Test
    void aSurnameAloneIsThePersonNamedInFull() {
        Document doc = stage.apply(Annotated.descriptors(
                "Iraqi President Fuad Masum met the envoys in Baghdad. Masum later said talks would continue."));

        assertThat(mentionsOf(doc, "fuad-masum")).containsExactly("Fuad Masum", "Masum");
        assertThat(doc.get(Layers.ENTITIES)).doesNotContainKey("masum");
    }

    @Test
    void anAcronymIsTheOrganisationNamedInFull() {
        Document doc = stage.apply(Annotated.descriptors(
                "The Kurdish National Council rejected the plan. A KNC spokesman said it would boycott the vote."));

        assertThat(mentionsOf(doc, "kurdish-national-council")).containsExactly("Kurdish National Council", "KNC");
    }

    @Test
    void knownAcronymsNeedNoFullName() {
        Document doc = stage.apply(Annotated.descriptors("Islamic State group fighters fled as IS lost ground."));

        assertThat(mentionsOf(doc, "islamic-state")).contains("IS");
    }

    @Test
    void aCompanyIsCalledByItsNameWithoutItsLegalForm() {
        Document doc = stage.apply(Annotated.descriptors("The most coveted bank is St. Louis-based Mercantile Bancorp "
                + "Inc., analysts said. Mercantile and Commerce did not return calls."));

        assertThat(mentionsOf(doc, "mercantile-bancorp-inc")).containsExactly("Mercantile Bancorp Inc.", "Mercantile");
    }

    @Test
    void aClubIsCalledByItsNameWithoutItsHomeTown() {
        Document doc = stage.apply(Annotated.descriptors("The Florida Marlins beat the Cincinnati Reds 3-1. It was a "
                + "third win in as many starts against the Reds this season."));

        assertThat(mentionsOf(doc, "cincinnati-reds")).containsExactly("Cincinnati Reds", "Reds");
    }

    @Test
    void aShortNameOnALineInCapitalsIsTheOrganisation() {
        Document doc = stage.apply(Annotated.descriptors("SOCCER - REAL SCRAPE 1-1 DRAW\n\nRoberto Carlos saved the "
                + "blushes of Real Madrid coach Fabio Capello on Saturday."));

        assertThat(mentionsOf(doc, "real-madrid")).containsExactly("REAL", "Real Madrid");
    }

    @Test
    void aCountryInANameLeavesNoShortName() {
        Document doc = stage.apply(Annotated.descriptors("Air France cancelled flights. Air traffic was light."));

        assertThat(doc.get(Layers.MENTIONS)).noneMatch(m -> m.span().coveredText(doc.text()).equals("Air"));
    }
}
