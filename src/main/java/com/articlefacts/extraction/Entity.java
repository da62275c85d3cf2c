package com.articlefacts.extraction;

import org.jspecify.annotations.Nullable;

/**
 * An entity of a document: a knowledge-base entry, or a name the knowledge base lacks (slug key, no Wikipedia link).
 *
 * @param linked whether it comes from the knowledge base
 */
public record Entity(String key, String label, String name, EntityType type, @Nullable String wikipedia,
        boolean linked) {
}
