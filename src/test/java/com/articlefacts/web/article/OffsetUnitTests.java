package com.articlefacts.web.article;

import com.articlefacts.web.http.InvalidParameterException;
import com.articlefacts.web.http.OffsetUnit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class OffsetUnitTests {

    private static final String TEXT = "\uD83D\uDCF0 Ḩasakah: Raqqa";

    @Test
    void utf16OffsetsAreTheStoredOnes() {
        assertThat(OffsetUnit.UTF16.mapperFor(TEXT).map(13)).isEqualTo(13);
    }

    @Test
    void codePointsCountASurrogatePairOnce() {
        int raqqa = TEXT.indexOf("Raqqa");

        assertThat(OffsetUnit.CODEPOINTS.mapperFor(TEXT).map(raqqa)).isEqualTo(TEXT.codePointCount(0, raqqa));
        assertThat(OffsetUnit.CODEPOINTS.mapperFor(TEXT).map(raqqa)).isEqualTo(raqqa - 1);
    }

    @Test
    void utf8CountsBytes() {
        int raqqa = TEXT.indexOf("Raqqa");

        assertThat(OffsetUnit.UTF8.mapperFor(TEXT).map(raqqa))
                .isEqualTo(TEXT.substring(0, raqqa).getBytes(StandardCharsets.UTF_8).length);
        assertThat(OffsetUnit.UTF8.mapperFor(TEXT).map(TEXT.length()))
                .isEqualTo(TEXT.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void parsesTheParameterAndRefusesOthers() {
        assertThat(OffsetUnit.parse(null)).isEqualTo(OffsetUnit.UTF16);
        assertThat(OffsetUnit.parse("UTF8")).isEqualTo(OffsetUnit.UTF8);
        assertThatThrownBy(() -> OffsetUnit.parse("bytes")).isInstanceOf(InvalidParameterException.class)
                .hasMessage("'offsets' must be one of utf16, codepoints, utf8 (was 'bytes')");
    }
}
