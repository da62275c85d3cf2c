package com.articlefacts.extraction;

import java.time.LocalDate;
import java.util.List;

/** Texts run through the real CoreNLP stage, shared by every test of the JVM (the model loads once). */
final class Annotated {

    static final KnowledgeBase KB = KnowledgeBase.load();

    private Annotated() {
    }

    static Document names(String text) {
        Document doc = new CoreNlpStage(CoreNlp::pipeline).apply(Document.of(text, LocalDate.of(2016, 8, 21)));
        return new NameLinkingStage(KB).apply(doc);
    }

    static Document descriptors(String text) {
        return new DescriptorStage(KB).apply(names(text));
    }

    static List<String> mentionsOf(Document doc, String key) {
        return doc.get(Layers.MENTIONS).stream()
                .filter(m -> m.entityKey().equals(key))
                .map(m -> m.span().coveredText(doc.text()))
                .toList();
    }
}
