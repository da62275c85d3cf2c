package com.articlefacts.web.http;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;

/**
 * The unit a span endpoint counts offsets in. Stored offsets are UTF-16 code units (JavaScript's and Java's string
 * index); Python counts code points and Rust or Go byte slices count UTF-8 bytes, so callers may ask for either.
 */
public enum OffsetUnit {
    UTF16("utf16"), CODEPOINTS("codepoints"), UTF8("utf8");

    public static final String HEADER = "Offset-Unit";
    public static final String DESCRIPTION = "Unit of every offset in the response: utf16 (default; JavaScript's"
            + " String.slice), codepoints (Python's str indices) or utf8 (bytes)";

    private final String parameter;

    OffsetUnit(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** A 200 whose header names this unit, whatever the body's shape. */
    public <T> ResponseEntity<T> respond(T body) {
        return ResponseEntity.ok().header(HEADER, parameter).body(body);
    }

    public static OffsetUnit parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return UTF16;
        }
        for (OffsetUnit unit : values()) {
            if (unit.parameter.equals(value.toLowerCase(Locale.ROOT))) {
                return unit;
            }
        }
        throw new InvalidParameterException("offsets", value, "one of " + Arrays.stream(values())
                .map(OffsetUnit::parameter).collect(Collectors.joining(", ")));
    }

    /** Maps UTF-16 offsets of one text to this unit; built once per text, each lookup then constant time. */
    public Mapper mapperFor(String text) {
        if (this == UTF16) {
            return offset -> offset;
        }
        int[] prefix = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int units;
            if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
                units = 0; // counted with its high surrogate
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                units = this == CODEPOINTS ? 1 : 4;
            } else if (this == CODEPOINTS) {
                units = 1;
            } else {
                units = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }
            prefix[i + 1] = prefix[i] + units;
        }
        return offset -> prefix[offset];
    }

    @FunctionalInterface
    public interface Mapper {
        int map(int utf16Offset);
    }
}
