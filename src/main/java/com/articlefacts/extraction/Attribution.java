package com.articlefacts.extraction;

import org.jspecify.annotations.Nullable;

/**
 * Who said it.
 *
 * @param id "a1", "a2", ... in order of the cue
 * @param source an entity key ("sohr"), or the kind of an unnamed source ("reports", "locals", "commentators")
 * @param sourceIsEntity whether {@code source} is an entity key
 * @param cue the words that say it is reported ("said", "told The New Arab", "Reports suggest", "reportedly")
 * @param claim the words reported
 * @param medium the entity key of the outlet spoken to, if any
 */
public record Attribution(String id, String source, boolean sourceIsEntity, Span cue, Span claim,
        @Nullable String medium, boolean directQuote, String cueWord) {
}
