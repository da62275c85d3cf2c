package com.articlefacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PipelineTests {

    private static final Layer<String> UPPER = new Layer<>("upper", String.class);

    private final Stage upper = new Stage() {
        @Override
        public Set<Layer<?>> requires() {
            return Set.of();
        }

        @Override
        public Set<Layer<?>> provides() {
            return Set.of(UPPER);
        }

        @Override
        public Document apply(Document doc) {
            return doc.with(UPPER, doc.text().toUpperCase());
        }
    };

    @Test
    void refusesAStageWhoseLayersNoEarlierStageProvides() {
        assertThatThrownBy(() -> new Pipeline(List.of(new ShortFormStage(Annotated.KB))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ShortFormStage requires the layer");
    }

    @Test
    void runsStagesWithoutChangingTheDocumentItWasGiven() {
        Document original = Document.of("raqqa", null);

        Document result = new Pipeline(List.of(upper)).run(original);

        assertThat(result.get(UPPER)).isEqualTo("RAQQA");
        assertThat(original.has(UPPER)).isFalse();
    }
}
