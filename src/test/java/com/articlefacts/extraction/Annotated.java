package com.articlefacts.extraction;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Texts as the CoreNLP stage leaves them, replayed from {@link RecordedParses} (no model is loaded), then through
 * our stages.
 */
final class Annotated {

    static final KnowledgeBase KB = KnowledgeBase.load();
    static final FactLexicon LEXICON = FactLexicon.load();

    private Annotated() {
    }

    static Document names(String text) {
        return names(text, LocalDate.of(2016, 8, 21));
    }

    static Document names(String text, LocalDate publishedOn) {
        Document doc = coreNlp(text, publishedOn);
        return new NameLinkingStage(KB).apply(new NameConsistencyStage(KB).apply(doc));
    }

    static Document coreNlp(String text, @Nullable LocalDate publishedOn) {
        return RecordedParses.coreNlp(text, publishedOn);
    }

    /** Every stage: names, descriptions, short forms, dates, attributions and events. */
    static Document facts(String text, LocalDate publishedOn) {
        Document doc = coreNlp(text, publishedOn);
        for (Stage stage : Extractor.stagesAfterCoreNlp(KB, LEXICON)) {
            doc = stage.apply(doc);
        }
        return doc;
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
