package com.articlefacts.web.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a conditional header is compared with a kept response's tag (RFC 9110, 13.1). */
class CachedReadsTests {

    @Test
    void ifNoneMatchComparesWeaklyAndAcceptsEitherFormsTagInAList() {
        assertThat(CachedReads.matches("\"abc\"", "abc")).isTrue();
        assertThat(CachedReads.matches("W/\"abc\"", "abc")).isTrue();
        assertThat(CachedReads.matches("\"old\", \"abc-gzip\"", "abc")).isTrue();
        assertThat(CachedReads.matches("*", "abc")).isTrue();
        assertThat(CachedReads.matches("\"abcd\"", "abc")).isFalse();
        assertThat(CachedReads.matches(null, "abc")).isFalse();
    }

    @Test
    void ifMatchComparesStrongly() {
        assertThat(CachedReads.matchesStrongly("\"abc\"", "abc")).isTrue();
        assertThat(CachedReads.matchesStrongly("\"x\", \"abc-gzip\"", "abc")).isTrue();
        assertThat(CachedReads.matchesStrongly("*", "abc")).isTrue();
        assertThat(CachedReads.matchesStrongly("W/\"abc\"", "abc")).isFalse();
        assertThat(CachedReads.matchesStrongly("\"stale\"", "abc")).isFalse();
    }
}
