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
        List<String> modifiers) {

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
        return new Entity(key, label, name, type, wikipedia, true, names);
    }
}
