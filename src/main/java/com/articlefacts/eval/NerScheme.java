package com.articlefacts.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.articlefacts.extraction.EntityMention;
import com.articlefacts.extraction.EntityType;
import com.articlefacts.extraction.NerMention;

/**
 * An annotation scheme's conventions: which types it scores and how our mentions and CoreNLP's tags map onto them.
 * re3d types a country acting ("the UK welcomes") as an Organisation and annotates descriptions; CoNLL-2003 annotates
 * names only and a country is always a Location, even when it acts ("Germany beat France").
 */
enum NerScheme {
    RE3D(List.of("Person", "Organisation", "Location", "Temporal")),
    CONLL(List.of("Person", "Organisation", "Location"));

    private static final Map<String, String> CORENLP_TYPES = Map.of("PERSON", "Person", "ORGANIZATION",
            "Organisation", "LOCATION", "Location", "CITY", "Location", "COUNTRY", "Location", "STATE_OR_PROVINCE",
            "Location", "DATE", "Temporal", "TIME", "Temporal", "DURATION", "Temporal", "SET", "Temporal");

    private final List<String> types;

    NerScheme(List<String> types) {
        this.types = types;
    }

    static NerScheme parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    List<String> types() {
        return types;
    }

    boolean scores(String type) {
        return types.contains(type);
    }

    /** The scheme's type for one of our mentions, or null where the scheme does not annotate such a mention. */
    @Nullable String typeOf(EntityMention mention, @Nullable EntityType entityType) {
        if (entityType == null) {
            return null;
        }
        if (this == CONLL) {
            // Names only: a name used as a modifier ("U.S. economy") is still a name; a description or pronoun is not.
            boolean named = mention.source() != EntityMention.Source.DESCRIPTOR
                    && mention.source() != EntityMention.Source.COREFERENCE;
            return named ? coarse(entityType) : null;
        }
        // A demonym alone ("Iraqi" officials) is a Nationality in re3d, a type it does not score.
        boolean demonym = mention.nominal() && mention.source() == EntityMention.Source.DESCRIPTOR
                && entityType == EntityType.COUNTRY;
        if (demonym) {
            return null;
        }
        // A country before a noun ("the U.S. government", "UK organisations") is mostly inside an organisation's
        // span in re3d, and a country acting is an organisation there.
        boolean modifier = mention.nominal() && entityType == EntityType.COUNTRY;
        return mention.actor() || modifier ? "Organisation" : coarse(entityType);
    }

    /** CoreNLP's type for the same scheme, or null for tags it does not score. */
    @Nullable String typeOf(NerMention mention) {
        String type = CORENLP_TYPES.get(mention.nerType());
        if (type != null && type.equals("Temporal") && isReference(mention.normalized())) {
            return null;
        }
        return type != null && scores(type) ? type : null;
    }

    /**
     * Whether a temporal expression counts as one here: re3d annotates dates and times, not words that refer to
     * time without a date ("now", "the future", TimeML's PRESENT_REF and FUTURE_REF).
     */
    boolean scoresTemporal(@Nullable String value) {
        return scores("Temporal") && !isReference(value);
    }

    private static boolean isReference(@Nullable String value) {
        return value != null && value.endsWith("_REF");
    }

    private static String coarse(EntityType type) {
        return switch (type) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organisation";
            case COUNTRY, STATE_OR_PROVINCE, CITY, LOCATION, FACILITY -> "Location";
        };
    }
}
