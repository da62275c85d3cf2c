package com.articlefacts.extraction;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The kinds of entity the API serves: CoreNLP's coarse types, refined to places' kinds where the knowledge base knows them. */
public enum EntityType {
    PERSON, ORGANIZATION, COUNTRY, STATE_OR_PROVINCE, CITY, LOCATION, FACILITY;

    public boolean isPlace() {
        return this == COUNTRY || this == STATE_OR_PROVINCE || this == CITY || this == LOCATION || this == FACILITY;
    }

    /** The type of a recogniser tag, or null for tags that are not entities (MISC, DATE, NUMBER, ...). */
    public static @Nullable EntityType fromNerTag(String tag) {
        return switch (tag) {
            case "PERSON" -> PERSON;
            case "ORGANIZATION" -> ORGANIZATION;
            case "LOCATION" -> LOCATION;
            case "COUNTRY" -> COUNTRY;
            case "CITY" -> CITY;
            case "STATE_OR_PROVINCE" -> STATE_OR_PROVINCE;
            case "FACILITY" -> FACILITY;
            default -> null;
        };
    }

    /** Parses a type name in any case, as the knowledge base and API callers write it. */
    public static EntityType parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** Whether a recogniser's type and a knowledge-base type can name the same thing. */
    public boolean compatibleWith(EntityType other) {
        return this == other || (isPlace() && other.isPlace())
                || (this == ORGANIZATION && other == COUNTRY) || (this == COUNTRY && other == ORGANIZATION);
    }
}
