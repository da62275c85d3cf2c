package com.articlefacts.extraction;

import static com.articlefacts.extraction.Annotated.mentionsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class NameLinkingStageTests {

    @Test
    void linksTransliteratedPlaceNamesToOneEntryWhereTheDocumentNamesTheirCountry() {
        Document doc = Annotated.names(
                "Clashes in Syria spread from Al Ḩasakah to Raqqah, and later reached al-Hasaka again.");

        assertThat(mentionsOf(doc, "al-hasakah")).containsExactly("Al Ḩasakah", "al-Hasaka");
        assertThat(mentionsOf(doc, "raqqa")).containsExactly("Raqqah");
    }

    @Test
    void matchesNoSpellingVariantWithoutItsCountryInTheStory() {
        Document doc = Annotated.names("Police in Samara detained two men, and the Mosel flooded Koblenz.");

        assertThat(doc.get(Layers.MENTIONS)).extracting(EntityMention::entityKey)
                .doesNotContain("samarra", "mosul", "iraq");
        assertThat(doc.get(Layers.ENTITIES).get("samara")).satisfies(samara -> {
            assertThat(samara.type()).isEqualTo(EntityType.CITY);
            assertThat(samara.coordinates()).isNotNull();
        });
    }

    @Test
    void twoStatesJoinedByAHyphenAreEachNamedButACompanyNameStaysWhole() {
        Document doc = Annotated.names("He fought in the Iran-Iraq war and later sold Mercedes-Benz cars.");

        assertThat(mentionsOf(doc, "iran")).containsExactly("Iran");
        assertThat(mentionsOf(doc, "iraq")).containsExactly("Iraq");
        assertThat(doc.get(Layers.MENTIONS)).extracting(EntityMention::entityKey).doesNotContain("mercedes", "benz");
    }

    @Test
    void aPersonCalledLikeACountryIsAPerson() {
        Document doc = Annotated.names("Michael Jordan scored 30 points. Jordan said the team was tired.");

        assertThat(mentionsOf(doc, "jordan")).isEmpty();
        assertThat(mentionsOf(doc, "michael-jordan")).contains("Michael Jordan");
    }

    @Test
    void aNameInsideALongerNameIsNotLinkedAlone() {
        Document doc = Annotated.names("Air France cancelled flights to Conakry.");

        assertThat(mentionsOf(doc, "france")).isEmpty();
    }

    @Test
    void aMonthIsNoTownOfTheSameName() {
        Document doc = Annotated.names("He lost the title to Mike Tyson in March, and won it back in May.");

        assertThat(doc.get(Layers.ENTITIES)).doesNotContainKeys("march", "may");
    }

    @Test
    void wordsInCapitalsAreNoAcronyms() {
        Document doc = Annotated.names("IS THIS THE END OF THE STRIKE ?\n\nWorkers at the plant voted on Monday.");

        assertThat(mentionsOf(doc, "islamic-state")).isEmpty();
    }

    @Test
    void placesOutsideTheMiddleEastComeFromTheWorldGazetteerWithCoordinates() {
        Document doc = Annotated.names("Ukrainian troops shelled positions near Kharkiv, officials in Kyiv said.");

        assertThat(doc.get(Layers.ENTITIES).get("kharkiv")).satisfies(kharkiv -> {
            assertThat(kharkiv.type()).isEqualTo(EntityType.CITY);
            assertThat(kharkiv.coordinates().latitude()).isBetween(49.0, 51.0);
        });
        assertThat(mentionsOf(doc, "kyiv")).containsExactly("Kyiv");
    }

    @Test
    void aCapitalActingIsItsState() {
        Document doc = Annotated.names("Moscow rejected the proposal on Tuesday.");

        assertThat(doc.get(Layers.MENTIONS)).singleElement().satisfies(mention -> {
            assertThat(mention.entityKey()).isEqualTo("russia");
            assertThat(mention.actor()).isTrue();
        });
    }

    @Test
    void makesEntitiesOfNamesTheKnowledgeBaseLacks() {
        Document doc = Annotated.names("Local commander Abu Layla Hamdan said the village of Tal Rifaat was calm.");

        Map<String, Entity> entities = doc.get(Layers.ENTITIES);
        assertThat(entities).containsKey("abu-layla-hamdan");
        Entity person = entities.get("abu-layla-hamdan");
        assertThat(person.type()).isEqualTo(EntityType.PERSON);
        assertThat(person.wikipedia()).isNull();
        assertThat(person.linked()).isFalse();
    }

    @Test
    void aPlaceFollowedByAFacilityNounIsThatFacility() {
        Document doc = Annotated.names("Rebels shelled Qamishli airport overnight.");

        assertThat(doc.get(Layers.ENTITIES).get("qamishli-airport").type()).isEqualTo(EntityType.FACILITY);
        assertThat(mentionsOf(doc, "qamishli")).isEmpty();
    }

    @Test
    void photoCreditIsTheAgencyAndPronounsAreNoEntities() {
        Document doc = Annotated.names("Smoke rises over Aleppo [AFP]\n\nHe said the city was quiet.");

        assertThat(mentionsOf(doc, "agence-france-presse")).containsExactly("AFP");
        assertThat(doc.get(Layers.ENTITIES).values()).noneMatch(e -> e.name().equalsIgnoreCase("he"));
    }

    @Test
    void tellsACountryActingFromTheCountryAsAPlace() {
        Document doc = Annotated.names("Turkey welcomed the agreement, but fighting in Syria continued.");

        assertThat(doc.get(Layers.MENTIONS)).filteredOn(m -> m.entityKey().equals("turkey"))
                .singleElement().extracting(EntityMention::actor).isEqualTo(true);
        assertThat(doc.get(Layers.MENTIONS)).filteredOn(m -> m.entityKey().equals("syria"))
                .singleElement().extracting(EntityMention::actor).isEqualTo(false);
    }

    @Test
    void aPlaceAfterInIsAPlaceWhateverTheRecogniserGuessed() {
        Document doc = Annotated.names("Fighting in El Fasher, Sudan, worsened as the African Union appealed for calm.");

        assertThat(doc.get(Layers.ENTITIES).get("el-fasher")).satisfies(city -> {
            assertThat(city.type()).isEqualTo(EntityType.CITY);
            assertThat(city.coordinates()).isNotNull();
        });
        assertThat(doc.get(Layers.ENTITIES).get("african-union").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aKnownTownTheRecogniserTookForAPersonIsAPlaceWhenListedWithAPlace() {
        Document doc = Annotated.names("The mayors of Tver and Kazan opened a festival.");

        assertThat(mentionsOf(doc, "kazan")).containsExactly("Kazan");
        assertThat(doc.get(Layers.ENTITIES).get("kazan").type()).isEqualTo(EntityType.CITY);
    }

    @Test
    void aKnownTownTheRecogniserTookForAPersonIsAPlaceWhereAnActTakesIt() {
        Document doc = Annotated.names("Militants overran Damboa on Tuesday, and troops visited Gao.");

        assertThat(doc.get(Layers.ENTITIES).get("damboa").type()).isEqualTo(EntityType.CITY);
        assertThat(doc.get(Layers.ENTITIES).get("gao").type()).isEqualTo(EntityType.CITY);
    }
}
