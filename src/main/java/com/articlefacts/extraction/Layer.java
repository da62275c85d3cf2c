package com.articlefacts.extraction;

/** A typed key for one kind of annotation a stage adds to a {@link Document}. */
public record Layer<T>(String name, Class<? super T> type) {

    @Override
    public String toString() {
        return name;
    }
}
