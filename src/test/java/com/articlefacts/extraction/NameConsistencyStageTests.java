package com.articlefacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NameConsistencyStageTests {

    private final NameConsistencyStage stage = new NameConsistencyStage(Annotated.KB);

    @Test
    void aRowOfResultsNamesThePersonByTheCountryAndThenTheTeam() {
        Document doc = stage.apply(Annotated.coreNlp("""
                Qualifying times on Saturday:
                1. Alex Zanardi (Italy), Reynard Honda, 53.980
                2. Michael Andretti (U.S.), Lola Ford, 54.483
                3. Bobby Rahal (U.S.), Reynard Honda, 54.507""", null));

        assertThat(typeOf(doc, "Alex Zanardi")).isEqualTo("PERSON");
        assertThat(typeOf(doc, "Reynard Honda")).isEqualTo("ORGANIZATION");
    }

    @Test
    void aListOfPeopleWithTheirCountriesHasNoTeams() {
        Document doc = stage.apply(Annotated.coreNlp(
                "The field includes Dave Barr (Canada), Mike Sullivan, Willie Wood and Loren Roberts.", null));

        assertThat(typeOf(doc, "Mike Sullivan")).isEqualTo("PERSON");
    }

    @Test
    void oneWordBeforeAScoreInATableOfResultsIsAClub() {
        Document doc = stage.apply(Annotated.coreNlp("""
                Results of Korean pro-baseball games played on Thursday.
                LG 2 OB 0
                Lotte 6 Hyundai 2
                Hyundai 6 Lotte 5""", null));

        assertThat(typeOf(doc, "Lotte")).isEqualTo("ORGANIZATION");
    }

    @Test
    void theTitleBeforeAMediaNounIsAnOrganisation() {
        Document doc = stage.apply(Annotated.coreNlp(
                "Britain's Sun newspaper reported on Friday that the boxer would retire. "
                        + "Syrian state television said the army had advanced.", null));

        assertThat(typeOf(doc, "Sun")).isEqualTo("ORGANIZATION");
        assertThat(doc.get(Layers.NAMES)).noneMatch(name -> name.span().coveredText(doc.text()).equals("Syrian")
                && name.nerType().equals("ORGANIZATION"));
    }

    @Test
    void namesListedAmongPeopleArePeople() {
        Document doc = stage.apply(Annotated.coreNlp("France - 1 - Bernard Lama ; 2 - Lilian Thuram , 5 - Laurent Blanc , "
                + "8 - Marcel Desailly , 4 - Christian Karembeu , 7 - Didier Deschamps , 10 - Youri Djorkaeff , "
                + "6 - Reynald Pedros ( 13 - Robert Pires 46th ) .", null));

        assertThat(typeOf(doc, "Christian Karembeu")).isEqualTo("PERSON");
        assertThat(typeOf(doc, "Reynald Pedros")).isEqualTo("PERSON");
        assertThat(typeOf(doc, "France")).isEqualTo("LOCATION");
    }

    @Test
    void aNameHoldsNoHalfOfABracket() {
        Document doc = stage.apply(Annotated.coreNlp("1990 - British historian Alan John Percivale ( A.J.P. ) Taylor "
                + "died . Weeks after James Leander ( Leo ) Nichols , a close friend of Suu Kyi , died in jail .", null));

        assertThat(doc.get(Layers.NAMES)).extracting(name -> name.span().coveredText(doc.text()))
                .allMatch(name -> name.chars().filter(c -> c == '(').count() == name.chars().filter(c -> c == ')').count())
                .contains("Taylor", "Nichols");
    }

    @Test
    void aTitleBeforeAGroupNounAndTheWordsThatDescribeItNamesAnOrganisation() {
        Document doc = stage.apply(Annotated.coreNlp(
                "Riot police detained 12 students in Tbilisi, according to the Kontur civic group.", null));

        assertThat(typeOf(doc, "Kontur")).isEqualTo("ORGANIZATION");
    }

    @Test
    void aNationalityBeforeAGroupNounStaysANationality() {
        Document doc = stage.apply(Annotated.coreNlp("A Georgian civic group said 12 students were detained.", null));

        assertThat(doc.get(Layers.NAMES)).extracting(NerMention::nerType).doesNotContain("ORGANIZATION");
    }

    @Test
    void aDayTheRecogniserGluedToAPersonIsNoPartOfTheName() {
        Document doc = HandParsed.of("Jane/NNP/2/compound/jane/PERSON Moreno/NNP/4/nsubj/moreno/PERSON"
                + " Wednesday/NNP/2/obl:tmod/wednesday/DATE said/VBD/0/root/say ././4/punct", null);
        NerMention glued = new NerMention(new Span(0, "Jane Moreno Wednesday".length()), "PERSON", 0, 3, null);

        Document names = stage.apply(doc.with(Layers.NER, List.of(glued)));

        assertThat(names.get(Layers.NAMES)).extracting(name -> name.span().coveredText(doc.text()))
                .containsExactly("Jane Moreno");
    }

    @Test
    void aDayTheRecogniserTookForPartOfAPersonIsNoPartOfTheName() {
        Document doc = stage.apply(HandParsed.tagged("Kagame/NNP/PERSON Wednesday/NNP/PERSON urged/VBD "
                + "Theresa/NNP/PERSON May/NNP/PERSON to/TO act/VB ./.", null));

        assertThat(doc.get(Layers.NAMES)).extracting(name -> name.span().coveredText(doc.text()))
                .containsExactly("Kagame", "Theresa May");
    }

    @Test
    void aNameWikipediaUsesForAnOrganisationIsNoPersonUnlessTheTextSaysSo() {
        Document doc = stage.apply(HandParsed.tagged("Infosys/NNP/PERSON said/VBD on/IN Friday/NNP/DATE it/PRP "
                + "would/MD sell/VB its/PRP$ stake/NN ,/, and/CC Mr/NNP Ford/NNP/PERSON ,/, a/DT trader/NN ,/, "
                + "bought/VBD it/PRP ./. | Gerald/NNP/PERSON Dell/NNP/PERSON smiled/VBD ./. | Dell/NNP/PERSON "
                + "left/VBD ./. | Floods/NNS hit/VBD homes/NNS in/IN Sunderland/NNP/PERSON ./.", null));

        assertThat(typeOf(doc, "Infosys")).isEqualTo("ORGANIZATION");
        assertThat(typeOf(doc, "Sunderland")).isEqualTo("PERSON"); // a place or not: the gazetteer's, when linked
        assertThat(typeOf(doc, "Ford")).isEqualTo("PERSON");
        assertThat(doc.get(Layers.NAMES)).filteredOn(name -> name.span().coveredText(doc.text()).equals("Dell"))
                .extracting(NerMention::nerType).containsOnly("PERSON");
    }

    @Test
    void aNameTakenForAPersonThatATownOrVillageIsNamedAfterIsAPlace() {
        Document doc = stage.apply(HandParsed.tagged("Troops/NNS left/VBD Ituri/NNP/PERSON province/NN and/CC "
                + "the/DT village/NN of/IN Nyakunde/NNP/PERSON ,/, said/VBD Jean/NNP/PERSON Bosco/NNP/PERSON ./.",
                null));

        assertThat(typeOf(doc, "Ituri")).isEqualTo("LOCATION");
        assertThat(typeOf(doc, "Nyakunde")).isEqualTo("LOCATION");
        assertThat(typeOf(doc, "Jean Bosco")).isEqualTo("PERSON");
    }

    @Test
    void theWordsAnAcronymAbbreviatesAreOneOrganisation() {
        Document doc = stage.apply(HandParsed.tagged("Militants/NNS of/IN Jamaat/NNP/MISC "
                + "Nusrat/NNP/MISC al-Islam/NNP/MISC wal-Muslimin/NNP/LOCATION (/-LRB- JNIM/NNP "
                + ")/-RRB- and/CC the/DT Movement/NNP/ORGANIZATION for/IN the/DT Salvation/NNP/ORGANIZATION of/IN "
                + "Azawad/NNP/LOCATION (/-LRB- MSA/NNP )/-RRB- clashed/VBD near/IN Gao/NNP/LOCATION ,/, "
                + "and/CC an/DT Improvised/NNP Explosive/NNP Device/NNP (/-LRB- IED/NNP )/-RRB- exploded/VBD ,/, "
                + "said/VBD John/NNP/PERSON Smith/NNP/PERSON of/IN Kenya/NNP/LOCATION (/-LRB- AP/NNP )/-RRB- ./.",
                null));

        assertThat(typeOf(doc, "Jamaat Nusrat al-Islam wal-Muslimin")).isEqualTo("ORGANIZATION");
        assertThat(typeOf(doc, "Movement for the Salvation of Azawad")).isEqualTo("ORGANIZATION");
        assertThat(typeOf(doc, "Azawad")).isNull();
        assertThat(typeOf(doc, "Kenya")).isEqualTo("LOCATION"); // "AP" abbreviates no organisation found here
        assertThat(typeOf(doc, "Improvised Explosive Device")).isNull(); // words the recogniser saw no name in
    }

    private static String typeOf(Document doc, String name) {
        return doc.get(Layers.NAMES).stream().filter(n -> n.span().coveredText(doc.text()).equals(name))
                .map(NerMention::nerType).findFirst().orElse(null);
    }
}
