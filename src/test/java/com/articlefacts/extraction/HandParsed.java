package com.articlefacts.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Documents written by hand, tokens, tags and dependency tree together, so that a stage is tested without loading
 * a model (as spaCy's tests build a {@code Doc} from words, heads and deps). Each token is
 * {@code word/TAG/head/relation}, {@code word/TAG/head/relation/lemma} or
 * {@code word/TAG/head/relation/lemma/NER} (the recogniser's tag of the token, else O), its head the 1-based
 * position of its governor in its sentence (0 for the root); sentences are separated by {@code " | "}. The text
 * joins the words with single spaces, with none before punctuation. Without a lemma, a token's lemma is its word in
 * lower case.
 *
 * <pre>
 * HandParsed.of("Talks/NNS/3/nsubj will/MD/3/aux resume/VB/0/root on/IN/5/case Monday/NNP/3/obl:on ././3/punct",
 *         LocalDate.of(2016, 8, 21));
 * </pre>
 */
final class HandParsed {

    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", "?", "!", "'s", "'", ")", "%");

    private HandParsed() {
    }

    static Document of(String annotated, @Nullable LocalDate publishedOn) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Dependency> dependencies = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        String[] written = annotated.strip().split("\\s+\\|\\s+");
        for (int s = 0; s < written.length; s++) {
            int first = tokens.size();
            int sentenceBegin = -1;
            for (String item : written[s].strip().split("\\s+")) {
                String[] parts = item.split("/", -1);
                if (parts.length < 4) {
                    throw new IllegalArgumentException("want word/TAG/head/relation[/lemma[/NER]], got " + item);
                }
                String word = parts[0];
                if (text.length() > 0 && !NO_SPACE_BEFORE.contains(word)) {
                    text.append(' ');
                }
                int begin = text.length();
                text.append(word);
                sentenceBegin = sentenceBegin < 0 ? begin : sentenceBegin;
                String lemma = parts.length > 4 ? parts[4] : word.toLowerCase(Locale.ROOT);
                String ner = parts.length > 5 ? parts[5] : "O";
                int index = tokens.size();
                tokens.add(new Token(index, s, new Span(begin, text.length()), word, parts[1], lemma, ner));
                int head = Integer.parseInt(parts[2]);
                dependencies.add(new Dependency(head == 0 ? -1 : first + head - 1, index, parts[3]));
            }
            sentences.add(new Sentence(s, new Span(sentenceBegin, text.length()), first, tokens.size()));
        }
        return Document.of(text.toString(), publishedOn)
                .with(Layers.TOKENS, List.copyOf(tokens))
                .with(Layers.DEPENDENCIES, List.copyOf(dependencies))
                .with(Layers.SENTENCES, List.copyOf(sentences))
                .with(Layers.NER, List.of());
    }

    /**
     * The document with entities named by hand, each {@code words=key/TYPE} ("Beni=beni/CITY"), a mention at every
     * place the words occur, and no dates; so stages after the recogniser run on it without a model.
     */
    static Document named(Document doc, String... names) {
        Map<String, Entity> entities = new HashMap<>();
        List<EntityMention> mentions = new ArrayList<>();
        for (String name : names) {
            String[] parts = name.split("[=/]");
            if (parts.length != 3) {
                throw new IllegalArgumentException("want words=key/TYPE, got " + name);
            }
            entities.put(parts[1], Entity.unknown(parts[1], parts[0], EntityType.valueOf(parts[2])));
            for (int at = doc.text().indexOf(parts[0]); at >= 0; at = doc.text().indexOf(parts[0], at + 1)) {
                mentions.add(new EntityMention(new Span(at, at + parts[0].length()), parts[1], false,
                        EntityMention.Source.RECOGNISER));
            }
        }
        mentions.sort(Comparator.comparingInt((EntityMention m) -> m.span().begin()));
        return doc.with(Layers.ENTITIES, Map.copyOf(entities))
                .with(Layers.MENTIONS, List.copyOf(mentions))
                .with(Layers.DATES, List.of())
                .with(Layers.ATTRIBUTIONS, List.of());
    }
}
