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

    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", "?", "!", "'s", "'", ")", "]", "%");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[");

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
     * A document of tokens with their tags and the recogniser's labels and no parse, for the stages that read only
     * those (the name stages). Each token is {@code word/TAG} or {@code word/TAG/LABEL}, LABEL the recogniser's type
     * (PERSON, LOCATION, ...); consecutive tokens with one label in one sentence are one recognised name, as
     * CoreNLP's mentions are. Sentences are separated by {@code " | "} and paragraphs by {@code " || "} (a blank
     * line); words are joined as in {@link #of}, and {@code _} in a word stands for a space ("Al_Ḩasakah").
     */
    static Document tagged(String written, @Nullable LocalDate publishedOn) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        String[] paragraphs = written.strip().split("\\s+\\|\\|\\s+");
        for (String paragraph : paragraphs) {
            boolean paragraphStart = true;
            for (String sentence : paragraph.strip().split("\\s+\\|\\s+")) {
                int first = tokens.size();
                int sentenceBegin = -1;
                for (String item : sentence.strip().split("\\s+")) {
                    String[] parts = item.split("/", -1);
                    if (parts.length < 2 || parts.length > 3) {
                        throw new IllegalArgumentException("want word/TAG[/LABEL], got " + item);
                    }
                    String word = parts[0].replace('_', ' ');
                    if (paragraphStart && text.length() > 0) {
                        text.append("\n\n");
                    } else if (text.length() > 0 && !NO_SPACE_BEFORE.contains(word)
                            && !NO_SPACE_AFTER.contains(tokens.get(tokens.size() - 1).word())) {
                        text.append(' ');
                    }
                    paragraphStart = false;
                    int begin = text.length();
                    text.append(word);
                    sentenceBegin = sentenceBegin < 0 ? begin : sentenceBegin;
                    tokens.add(new Token(tokens.size(), sentences.size(), new Span(begin, text.length()), word,
                            parts[1], word.toLowerCase(Locale.ROOT), parts.length > 2 ? parts[2] : "O"));
                }
                sentences.add(new Sentence(sentences.size(), new Span(sentenceBegin, text.length()), first,
                        tokens.size()));
            }
        }
        return Document.of(text.toString(), publishedOn)
                .with(Layers.TOKENS, List.copyOf(tokens))
                .with(Layers.SENTENCES, List.copyOf(sentences))
                .with(Layers.NER, recognised(tokens));
    }

    /** Runs of tokens with one label in one sentence, as the recogniser's mentions. */
    private static List<NerMention> recognised(List<Token> tokens) {
        List<NerMention> mentions = new ArrayList<>();
        for (int start = 0; start < tokens.size(); ) {
            Token first = tokens.get(start);
            int end = start + 1;
            while (end < tokens.size() && !first.ner().equals("O") && tokens.get(end).ner().equals(first.ner())
                    && tokens.get(end).sentence() == first.sentence()) {
                end++;
            }
            if (!first.ner().equals("O")) {
                mentions.add(new NerMention(new Span(first.span().begin(), tokens.get(end - 1).span().end()),
                        first.ner(), start, end, null));
            }
            start = end;
        }
        return List.copyOf(mentions);
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
