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
}
