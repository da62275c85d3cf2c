package com.articlefacts.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Stages in order, checked when built: each stage's required layers must come from a stage before it. */
public final class Pipeline {

    private final List<Stage> stages;

    public Pipeline(List<Stage> stages) {
        Set<Layer<?>> available = new HashSet<>();
        for (Stage stage : stages) {
            for (Layer<?> required : stage.requires()) {
                if (!available.contains(required)) {
                    throw new IllegalArgumentException(stage.getClass().getSimpleName() + " requires the layer "
                            + required + ", which no earlier stage provides");
                }
            }
            available.addAll(stage.provides());
        }
        this.stages = List.copyOf(stages);
    }

    public Document run(Document doc) {
        Document current = doc;
        for (Stage stage : stages) {
            current = stage.apply(current);
        }
        return current;
    }
}
