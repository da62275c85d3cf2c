package com.articlefacts.extraction;

/**
 * A place in the text that refers to an entity.
 *
 * @param nominal true for descriptions ("Kurdish fighters") and modifiers ("US threats"), false for names
 * @param source which stage found it
 * @param actor for a country's name: true where it stands for the state acting ("Turkey welcomed", "the UK's
 *     position"), false where it is the place ("fighting in Syria")
 */
public record EntityMention(Span span, String entityKey, boolean nominal, Source source, boolean actor) {

    public EntityMention(Span span, String entityKey, boolean nominal, Source source) {
        this(span, entityKey, nominal, source, false);
    }

    public enum Source {
        KNOWLEDGE_BASE, RECOGNISER, DESCRIPTOR, SHORT_FORM,
        /** A pronoun or title that refers to a person named elsewhere in the document. */
        COREFERENCE
    }
}
