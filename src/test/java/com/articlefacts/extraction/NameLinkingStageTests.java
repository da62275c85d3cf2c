package com.articlefacts.extraction;

import static com.articlefacts.extraction.Annotated.mentionsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class NameLinkingStageTests {

    @Test
    void linksTransliteratedPlaceNamesToOneEntry() {
        Document doc = Annotated.names("Clashes spread from Al Ḩasakah to Raqqah, and later reached al-Hasaka again.");

        assertThat(mentionsOf(doc, "al-hasakah")).containsExactly("Al Ḩasakah", "al-Hasaka");
        assertThat(mentionsOf(doc, "raqqa")).containsExactly("Raqqah");
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
}
