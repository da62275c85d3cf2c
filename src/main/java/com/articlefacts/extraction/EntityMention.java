package com.articlefacts.extraction;

/**
 * A place in the text that refers to an entity.
 *
 * @param nominal true for descriptions ("Kurdish fighters") and modifiers ("US threats"), false for names
 * @param source which stage found it
 */
public record EntityMention(Span span, String entityKey, boolean nominal, Source source) {

    public enum Source {
        KNOWLEDGE_BASE, RECOGNISER, DESCRIPTOR, SHORT_FORM
    }
}
