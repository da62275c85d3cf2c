package com.articlefacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NameFormsTests {

    @Test
    void transliterationsOfHasakahShareOneSkeleton() {
        List<String> spellings = List.of("Hasakah", "Hassakeh", "Hassekeh", "al-Hasakah", "Al Ḩasakah", "Al-Hasaka");
        String skeleton = NameForms.skeleton(NameForms.normalize("Hasakah"));

        assertThat(spellings).allSatisfy(spelling -> {
            String normalized = NameForms.normalize(spelling);
            assertThat(NameForms.skeleton(normalized)).as(spelling).isEqualTo(skeleton);
            assertThat(NameForms.similar(normalized, "hasakah")).as(spelling).isTrue();
        });
    }

    @Test
    void normalizingDropsCaseMarksApostrophesArticles() {
        assertThat(NameForms.normalize("The Kurdish People’s Protection Units")).isEqualTo("kurdish peoples protection units");
        assertThat(NameForms.normalize("Da'esh")).isEqualTo("daesh");
        assertThat(NameForms.normalize("ar-Raqqah")).isEqualTo("raqqah");
    }

    @Test
    void differentCitiesStayApart() {
        assertThat(NameForms.similar(NameForms.normalize("Homs"), NameForms.normalize("Hama"))).isFalse();
        assertThat(NameForms.skeleton("aleppo")).isNotEqualTo(NameForms.skeleton("idlib"));
    }

    @Test
    void namesAreSimilarWithinAThirdOfTheirLengthInEdits() {
        assertThat(NameForms.similar("hizbalah", "hezbolah")).isTrue();
        assertThat(NameForms.similar("damascus", "baghdad")).isFalse();
    }
}
