package com.articlefacts.extraction;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An entity of a document: a knowledge-base entry, or a name the knowledge base lacks (slug key, no Wikipedia link).
 *
 * @param linked whether it comes from the knowledge base
 * @param aliases the names it goes by that the knowledge base lists (its own name for an unknown entity)
 * @param coordinates where the knowledge base places it, for places it knows
 * @param partOf for an institution of a state (its army, police, a ministry), the state's key
 */
public record Entity(String key, String label, String name, EntityType type, @Nullable String wikipedia,
        boolean linked, List<String> aliases, @Nullable Coordinates coordinates, @Nullable String partOf) {

    public Entity {
        aliases = List.copyOf(aliases);
    }

    /** A name the knowledge base lacks. */
    public static Entity unknown(String key, String name, EntityType type) {
        return new Entity(key, name, name, type, null, false, List.of(name), null, null);
    }
}
