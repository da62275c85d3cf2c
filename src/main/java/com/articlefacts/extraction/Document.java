package com.articlefacts.extraction;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The text under extraction, its publication date, and the layers found so far. Immutable: {@link #with} returns a
 * new document, so a stage can never change what an earlier stage saw.
 */
public final class Document {

    private final String text;
    private final @Nullable LocalDate publishedOn;
    private final Map<Layer<?>, Object> layers;

    private Document(String text, @Nullable LocalDate publishedOn, Map<Layer<?>, Object> layers) {
        this.text = text;
        this.publishedOn = publishedOn;
        this.layers = layers;
    }

    public static Document of(String text, @Nullable LocalDate publishedOn) {
        return new Document(text, publishedOn, Map.of());
    }

    public String text() {
        return text;
    }

    public @Nullable LocalDate publishedOn() {
        return publishedOn;
    }

    public <T> Document with(Layer<T> layer, T value) {
        Map<Layer<?>, Object> next = new HashMap<>(layers);
        next.put(layer, value);
        return new Document(text, publishedOn, Map.copyOf(next));
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    /** @throws IllegalStateException when no stage has added the layer */
    @SuppressWarnings("unchecked")
    public <T> T get(Layer<T> layer) {
        Object value = layers.get(layer);
        if (value == null) {
            throw new IllegalStateException("no stage has added the layer " + layer);
        }
        return (T) value;
    }
}
