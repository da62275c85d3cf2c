package com.articlefacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugTests {

    @Test
    void lowerCasesAndJoinsWordsWithDashes() {
        assertThat(Slug.of("Fighting resumes in Hassakeh despite Russian push for peace"))
                .isEqualTo("fighting-resumes-in-hassakeh-despite-russian-push-for-peace");
    }

    @Test
    void dropsDiacriticsApostrophesAndPunctuation() {
        assertThat(Slug.of("Al Ḩasakah: People's Protection Units!")).isEqualTo("al-hasakah-peoples-protection-units");
    }

    @Test
    void neverReturnsAnEmptySlug() {
        assertThat(Slug.of("!!!")).isEqualTo("untitled");
    }

    @Test
    void transliteratesEveryScriptSoDifferentNamesGetDifferentKeys() {
        assertThat(Slug.key("Łódź")).isEqualTo("lodz");
        assertThat(Slug.key("Харків")).isEqualTo("harkiv");
        assertThat(Slug.key("Αθήνα")).isEqualTo("athena");
        assertThat(Slug.key("東京")).isNotEqualTo(Slug.key("北京")).matches("[a-z0-9-]+");
        assertThat(Slug.key("الحسكة")).matches("[a-z0-9-]+").isNotEqualTo("untitled");
    }

    @Test
    void keysANameOfSymbolsByItsHash() {
        assertThat(Slug.key("★")).startsWith("name-").isNotEqualTo(Slug.key("☆"));
    }
}
