package com.articlefacts.extraction;

import static com.articlefacts.extraction.Annotated.mentionsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The name stages on tokens tagged by hand as CoreNLP tags them (its labels where the cases turn on them: "Kyiv" or
 * "Kazan" taken for a person), so no model is loaded; {@code ExtractorTests} runs the same kinds of text through it.
 */
class NameLinkingStageTests {

    private static final LocalDate DAY = LocalDate.of(2016, 8, 21);

    /** The names of a text written as {@link HandParsed#tagged}: the recogniser's, made consistent, then linked. */
    static Document names(String tagged) {
        Document doc = HandParsed.tagged(tagged, DAY);
        return new NameLinkingStage(Annotated.KB).apply(new NameConsistencyStage(Annotated.KB).apply(doc));
    }

    @Test
    void linksTransliteratedPlaceNamesToOneEntryWhereTheDocumentNamesTheirCountry() {
        Document doc = names("Clashes/NNS in/IN Syria/NNP/LOCATION spread/VBD from/IN Al/NNP/LOCATION "
                + "Ḩasakah/NNP/LOCATION to/IN Raqqah/NNP/LOCATION ,/, and/CC later/RB reached/VBD "
                + "al-Hasaka/NNP/PERSON again/RB ./.");

        assertThat(mentionsOf(doc, "al-hasakah")).containsExactly("Al Ḩasakah", "al-Hasaka");
        assertThat(mentionsOf(doc, "raqqa")).containsExactly("Raqqah");
    }

    @Test
    void matchesNoSpellingVariantWithoutItsCountryInTheStory() {
        Document doc = names("Police/NNS in/IN Samara/NNP/LOCATION detained/VBD two/CD/NUMBER men/NNS ,/, and/CC "
                + "the/DT Mosel/NNP flooded/VBN Koblenz/NNP/LOCATION ./.");

        assertThat(doc.get(Layers.MENTIONS)).extracting(EntityMention::entityKey)
                .doesNotContain("samarra", "mosul", "iraq");
        assertThat(doc.get(Layers.ENTITIES).get("samara")).satisfies(samara -> {
            assertThat(samara.type()).isEqualTo(EntityType.CITY);
            assertThat(samara.coordinates()).isNotNull();
        });
    }

    @Test
    void twoStatesJoinedByAHyphenAreEachNamedButACompanyNameStaysWhole() {
        Document doc = names("He/PRP fought/VBD in/IN the/DT Iran-Iraq/JJ/MISC war/NN and/CC later/RB sold/VBD "
                + "Mercedes-Benz/NNP/ORGANIZATION cars/NNS ./.");

        assertThat(mentionsOf(doc, "iran")).containsExactly("Iran");
        assertThat(mentionsOf(doc, "iraq")).containsExactly("Iraq");
        assertThat(doc.get(Layers.MENTIONS)).extracting(EntityMention::entityKey).doesNotContain("mercedes", "benz");
    }

    @Test
    void aPersonCalledLikeACountryIsAPerson() {
        Document doc = names("Michael/NNP/PERSON Jordan/NNP/PERSON scored/VBD 30/CD/NUMBER points/NNS ./. | "
                + "Jordan/NNP/PERSON said/VBD the/DT team/NN was/VBD tired/JJ ./.");

        assertThat(mentionsOf(doc, "jordan")).isEmpty();
        assertThat(mentionsOf(doc, "michael-jordan")).contains("Michael Jordan");
    }

    @Test
    void aNameInsideALongerNameIsNotLinkedAlone() {
        Document doc = names("Air/NNP/ORGANIZATION France/NNP/ORGANIZATION cancelled/VBD flights/NNS to/IN "
                + "Conakry/NNP/LOCATION ./.");

        assertThat(mentionsOf(doc, "france")).isEmpty();
    }

    @Test
    void aMonthIsNoTownOfTheSameName() {
        Document doc = names("He/PRP lost/VBD the/DT title/NN to/IN Mike/NNP/PERSON Tyson/NNP/PERSON in/IN "
                + "March/NNP/DATE ,/, and/CC won/VBD it/PRP back/RB in/IN May/NNP/DATE ./.");

        assertThat(doc.get(Layers.ENTITIES)).doesNotContainKeys("march", "may");
    }

    @Test
    void wordsInCapitalsAreNoAcronyms() {
        Document doc = names("IS/VBZ THIS/DT THE/DT END/NN OF/IN THE/DT STRIKE/NN ?/. || Workers/NNS at/IN the/DT "
                + "plant/NN voted/VBD on/IN Monday/NNP/DATE ./.");

        assertThat(mentionsOf(doc, "islamic-state")).isEmpty();
    }

    @Test
    void placesOutsideTheMiddleEastComeFromTheWorldGazetteerWithCoordinates() {
        Document doc = names("Ukrainian/JJ/MISC troops/NNS shelled/VBD positions/NNS near/IN Kharkiv/NNP/LOCATION ,/, "
                + "officials/NNS in/IN Kyiv/NNP/PERSON said/VBD ./.");

        assertThat(doc.get(Layers.ENTITIES).get("kharkiv")).satisfies(kharkiv -> {
            assertThat(kharkiv.type()).isEqualTo(EntityType.CITY);
            assertThat(kharkiv.coordinates().latitude()).isBetween(49.0, 51.0);
        });
        assertThat(mentionsOf(doc, "kyiv")).containsExactly("Kyiv");
    }

    @Test
    void aCapitalActingIsItsState() {
        Document doc = names("Moscow/NNP/LOCATION rejected/VBD the/DT proposal/NN on/IN Tuesday/NNP/DATE ./.");

        assertThat(doc.get(Layers.MENTIONS)).singleElement().satisfies(mention -> {
            assertThat(mention.entityKey()).isEqualTo("russia");
            assertThat(mention.actor()).isTrue();
        });
    }

    @Test
    void makesEntitiesOfNamesTheKnowledgeBaseLacks() {
        Document doc = names("Local/JJ commander/NN Abu/NNP/PERSON Layla/NNP/PERSON Hamdan/NNP/PERSON said/VBD the/DT "
                + "village/NN of/IN Tal/NNP/LOCATION Rifaat/NNP/LOCATION was/VBD calm/JJ ./.");

        Map<String, Entity> entities = doc.get(Layers.ENTITIES);
        assertThat(entities).containsKey("abu-layla-hamdan");
        Entity person = entities.get("abu-layla-hamdan");
        assertThat(person.type()).isEqualTo(EntityType.PERSON);
        assertThat(person.wikipedia()).isNull();
        assertThat(person.linked()).isFalse();
    }

    @Test
    void aPlaceFollowedByAFacilityNounIsThatFacility() {
        Document doc = names("Rebels/NNS shelled/VBD Qamishli/NNP/LOCATION airport/NN overnight/RB ./.");

        assertThat(doc.get(Layers.ENTITIES).get("qamishli-airport").type()).isEqualTo(EntityType.FACILITY);
        assertThat(mentionsOf(doc, "qamishli")).isEmpty();
    }

    @Test
    void photoCreditIsTheAgencyAndPronounsAreNoEntities() {
        Document doc = names("Smoke/NN rises/VBZ over/IN Aleppo/NNP/LOCATION [/-LRB- AFP/NNP/ORGANIZATION ]/-RRB- || "
                + "He/PRP said/VBD the/DT city/NN was/VBD quiet/JJ ./.");

        assertThat(mentionsOf(doc, "agence-france-presse")).containsExactly("AFP");
        assertThat(doc.get(Layers.ENTITIES).values()).noneMatch(e -> e.name().equalsIgnoreCase("he"));
    }

    @Test
    void tellsACountryActingFromTheCountryAsAPlace() {
        Document doc = names("Turkey/NNP/LOCATION welcomed/VBD the/DT agreement/NN ,/, but/CC fighting/VBG in/IN "
                + "Syria/NNP/LOCATION continued/VBD ./.");

        assertThat(doc.get(Layers.MENTIONS)).filteredOn(m -> m.entityKey().equals("turkey"))
                .singleElement().extracting(EntityMention::actor).isEqualTo(true);
        assertThat(doc.get(Layers.MENTIONS)).filteredOn(m -> m.entityKey().equals("syria"))
                .singleElement().extracting(EntityMention::actor).isEqualTo(false);
    }

    @Test
    void aPlaceAfterInIsAPlaceWhateverTheRecogniserGuessed() {
        Document doc = names("Fighting/VBG in/IN El/NNP/LOCATION Fasher/NNP/LOCATION ,/, Sudan/NNP/LOCATION ,/, "
                + "worsened/VBD as/IN the/DT African/NNP/LOCATION Union/NNP/LOCATION appealed/VBD for/IN "
                + "calm/NN ./.");

        assertThat(doc.get(Layers.ENTITIES).get("el-fasher")).satisfies(city -> {
            assertThat(city.type()).isEqualTo(EntityType.CITY);
            assertThat(city.coordinates()).isNotNull();
        });
        assertThat(doc.get(Layers.ENTITIES).get("african-union").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aKnownTownTheRecogniserTookForAPersonIsAPlaceWhenListedWithAPlace() {
        Document doc = names("The/DT mayors/NNS of/IN Tver/NNP/LOCATION and/CC Kazan/NNP/PERSON opened/VBD a/DT "
                + "festival/NN ./.");

        assertThat(mentionsOf(doc, "kazan")).containsExactly("Kazan");
        assertThat(doc.get(Layers.ENTITIES).get("kazan").type()).isEqualTo(EntityType.CITY);
    }

    @Test
    void aKnownTownTheRecogniserTookForAPersonIsAPlaceWhereAnActTakesIt() {
        Document doc = names("Militants/NNS overran/VBD Damboa/NNP/PERSON on/IN Tuesday/NNP/DATE ,/, and/CC troops/NNS "
                + "visited/VBD Gao/NNP/PERSON ./.");

        assertThat(doc.get(Layers.ENTITIES).get("damboa").type()).isEqualTo(EntityType.CITY);
        assertThat(doc.get(Layers.ENTITIES).get("gao").type()).isEqualTo(EntityType.CITY);
    }

    @Test
    void aNameWithAnEditorsBracketKeepsTheBracketClosed() {
        Document doc = names("Fighters/NNS of/IN the/DT Kurdistan/NNP/ORGANIZATION Workers/NNPS/ORGANIZATION "
                + "'/POS/ORGANIZATION [/-LRB-/ORGANIZATION Party/NNP/ORGANIZATION ]/-RRB- fled/VBD ./.");

        assertThat(mentionsOf(doc, "pkk")).singleElement().asString().endsWith("Kurdistan Workers' [Party]");
    }
}
