package com.articlefacts.extraction;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One actor or place of the knowledge base.
 *
 * @param country key of the country it belongs to, used to choose between actors a descriptor fits
 * @param aliases names and spellings it goes by, its canonical name included
 * @param acronyms short forms, matched case-sensitively
 * @param adjectives modifiers that, before one of {@code nouns}, describe it ("Kurdish" fighters)
 * @param nouns heads that, after one of {@code adjectives}, describe it (Kurdish "fighters")
 * @param modifiers words that alone, in front of another noun, refer to it ("regime" areas, "Syrian" territory)
 * @param latitude for places, in degrees
 * @param longitude for places, in degrees
 * @param population for cities, as the gazetteer gives it
 * @param capitalOf for a capital city, the key of its country: the capital acting stands for the state ("Moscow
 *     said")
 * @param gazetteer true for entries of the world gazetteer, which are linked only where the recogniser found a name
 *     of a compatible type, never by scanning the text for the name
 * @param transliterated true where the names are transliterations (of Arabic, Kurdish, Persian): only those are
 *     matched by spelling variant
 * @param armed true for an armed actor (a state's forces, a militia, an armed group): it can do violent events
 */
public record KbEntry(
        String key,
        String label,
        String name,
        EntityType type,
        @Nullable String wikipedia,
        @Nullable String country,
        List<String> aliases,
        List<String> acronyms,
        List<String> adjectives,
        List<String> nouns,
        List<String> modifiers,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable Long population,
        @Nullable String capitalOf,
        boolean gazetteer,
        boolean transliterated,
        boolean armed) {

    public KbEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        acronyms = acronyms == null ? List.of() : List.copyOf(acronyms);
        adjectives = adjectives == null ? List.of() : List.copyOf(adjectives);
        nouns = nouns == null ? List.of() : List.copyOf(nouns);
        modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
    }

    public Entity toEntity() {
        List<String> names = new java.util.ArrayList<>(aliases);
        acronyms.stream().filter(acronym -> !names.contains(acronym)).forEach(names::add);
        Coordinates coordinates = latitude == null || longitude == null ? null : new Coordinates(latitude, longitude);
        return new Entity(key, label, name, type, wikipedia, true, names, coordinates, null);
    }

    /** This entry with another's coordinates, population, capital and extra aliases where it lacks them. */
    KbEntry enrichedBy(KbEntry other) {
        List<String> names = new java.util.ArrayList<>(aliases);
        other.aliases.stream().filter(alias -> !names.contains(alias)).forEach(names::add);
        return new KbEntry(key, label, name, type, wikipedia, country, names, acronyms, adjectives, nouns, modifiers,
                latitude != null ? latitude : other.latitude, longitude != null ? longitude : other.longitude,
                population != null ? population : other.population,
                capitalOf != null ? capitalOf : other.capitalOf, gazetteer, transliterated, armed || other.armed);
    }
}
