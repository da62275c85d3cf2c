package com.articlefacts.extraction;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An entity of a document: a knowledge-base entry, or a name the knowledge base lacks (slug key, no Wikipedia link).
 *
 * @param linked whether it comes from the knowledge base
 * @param aliases the names it goes by that the knowledge base lists (its own name for an unknown entity)
 */
public record Entity(String key, String label, String name, EntityType type, @Nullable String wikipedia,
        boolean linked, List<String> aliases) {

    public Entity {
        aliases = List.copyOf(aliases);
    }
}
