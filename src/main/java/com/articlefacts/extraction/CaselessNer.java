package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;

/**
 * Names on {@link CaselessLines} as CoreNLP's caseless recogniser reads them: the cased one takes a title-case
 * headline's verbs and nouns for an organisation ("Protesters Rally Against Finance" ORGANIZATION) and glues a day
 * to a name; the caseless model, trained on text with its case removed, tags such a line as it would the same words
 * in a sentence. Numbers and dates keep the cased pipeline's tags. The model is loaded on the first such line.
 */
final class CaselessNer {

    /** The recogniser's name types: those the caseless tagging replaces. */
    private static final Set<String> NAME_TAGS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    private CaselessNer() {
    }

    /**
     * The tokens and recogniser mentions with those of every sentence on a caseless line tagged again;
     * {@code tagger} gives a sentence's words their caseless tags.
     */
    static Result retag(String text, List<Sentence> sentences, List<Token> tokens, List<NerMention> mentions,
            Function<List<String>, List<String>> tagger) {
        List<Span> lines = CaselessLines.of(text);
        if (lines.isEmpty()) {
            return new Result(tokens, mentions);
        }
        List<Token> retagged = new ArrayList<>(tokens);
        List<NerMention> kept = new ArrayList<>();
        List<NerMention> added = new ArrayList<>();
        boolean[] caseless = new boolean[tokens.size()];
        for (Sentence sentence : sentences) {
            if (lines.stream().noneMatch(line -> line.contains(sentence.span()))) {
                continue;
            }
            List<Token> words = tokens.subList(sentence.firstToken(), sentence.endToken());
            List<String> tags = tagger.apply(words.stream().map(Token::word).toList());
            for (int i = 0; i < words.size(); i++) {
                Token token = words.get(i);
                caseless[token.index()] = true;
                String tag = tags.get(i);
                if (NAME_TAGS.contains(tag) || NAME_TAGS.contains(token.ner())) {
                    retagged.set(token.index(), new Token(token.index(), token.sentence(), token.span(), token.word(),
                            token.pos(), token.lemma(), NAME_TAGS.contains(tag) ? tag : "O"));
                }
            }
            added.addAll(runs(text, retagged, sentence));
        }
        for (NerMention mention : mentions) {
            if (!(caseless[mention.firstToken()] && NAME_TAGS.contains(mention.nerType()))) {
                kept.add(mention);
            }
        }
        kept.addAll(added);
        kept.sort(java.util.Comparator.comparingInt((NerMention m) -> m.span().begin()));
        return new Result(List.copyOf(retagged), List.copyOf(kept));
    }

    /** Runs of tokens with one name tag, as mentions. */
    private static List<NerMention> runs(String text, List<Token> tokens, Sentence sentence) {
        List<NerMention> runs = new ArrayList<>();
        int t = sentence.firstToken();
        while (t < sentence.endToken()) {
            String tag = tokens.get(t).ner();
            if (!NAME_TAGS.contains(tag)) {
                t++;
                continue;
            }
            int end = t + 1;
            while (end < sentence.endToken() && tokens.get(end).ner().equals(tag)) {
                end++;
            }
            runs.add(new NerMention(new Span(tokens.get(t).span().begin(), tokens.get(end - 1).span().end()), tag, t,
                    end, null));
            t = end;
        }
        return runs;
    }

    /** Tags words with a CoreNLP sequence classifier. */
    static List<String> tag(edu.stanford.nlp.ie.AbstractSequenceClassifier<CoreLabel> classifier, List<String> words) {
        List<CoreLabel> labels = new ArrayList<>(words.size());
        for (String word : words) {
            CoreLabel label = new CoreLabel();
            label.setWord(word);
            label.setValue(word);
            labels.add(label);
        }
        return classifier.classify(labels).stream().map(l -> l.get(CoreAnnotations.AnswerAnnotation.class)).toList();
    }

    record Result(List<Token> tokens, List<NerMention> mentions) {
    }
}
