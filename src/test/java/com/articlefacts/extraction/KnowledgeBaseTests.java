package com.articlefacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class KnowledgeBaseTests {

    private final KnowledgeBase kb = KnowledgeBase.load();

    @Test
    void describesAtLeastSixtyActorsAndPlacesOfEveryKind() {
        List<KbEntry> entries = kb.entries();
        Map<EntityType, Long> byType = entries.stream()
                .collect(Collectors.groupingBy(KbEntry::type, Collectors.counting()));

        assertThat(entries).hasSizeGreaterThanOrEqualTo(60);
        assertThat(byType.keySet()).contains(EntityType.ORGANIZATION, EntityType.COUNTRY, EntityType.CITY,
                EntityType.STATE_OR_PROVINCE);
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.key()).isEqualTo(Slug.of(entry.key()));
            assertThat(entry.label()).isNotBlank();
            assertThat(entry.aliases()).contains(entry.name());
        });
    }

    @Test
    void everyCuratedEntryNamesItsWikipediaArticle() {
        assertThat(kb.entries()).filteredOn(entry -> !entry.gazetteer())
                .allSatisfy(entry -> assertThat(entry.wikipedia()).as(entry.key()).isNotBlank());
    }

    @Test
    void keepsTheActorsUsersAskForUnderTheirKeys() {
        assertThat(kb.entry("ypg")).hasValueSatisfying(e -> assertThat(e.label()).isEqualTo("YPG"));
        assertThat(kb.entry("syrian-regime")).hasValueSatisfying(e -> assertThat(e.label()).isEqualTo("Syrian regime"));
        assertThat(kb.entry("sohr")).hasValueSatisfying(
                e -> assertThat(e.name()).isEqualTo("Syrian Observatory for Human Rights"));
    }

    @Test
    void findsNamesExactlyAsTransliterationsAndAsAcronyms() {
        assertThat(kb.exact("the Syrian Democratic Forces")).extracting(KbEntry::key).isEqualTo("sdf");
        assertThat(kb.similar("Hassekeh")).extracting(KbEntry::key).isEqualTo("al-hasakah");
        assertThat(kb.similar("Hizballah")).extracting(KbEntry::key).isEqualTo("hezbollah");
        assertThat(kb.acronym("ISIL")).extracting(KbEntry::key).isEqualTo("islamic-state");
        assertThat(kb.acronym("isil")).isNull();
    }

    @Test
    void changesItsVersionHashWithItsData() {
        assertThat(kb.sha256()).hasSize(64);
    }
}
