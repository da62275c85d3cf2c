package com.articlefacts.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;

/**
 * Sentences, tokens, part-of-speech tags, lemmas, statistical named entities and enhanced++ dependencies from
 * CoreNLP. Requires nothing; provides {@link Layers#SENTENCES}, {@link Layers#TOKENS}, {@link Layers#NER} and
 * {@link Layers#DEPENDENCIES}. Temporal expressions are resolved by SUTime against the document's publication date.
 */
public final class CoreNlpStage implements Stage {

    private final Supplier<StanfordCoreNLP> pipeline;

    public CoreNlpStage(Supplier<StanfordCoreNLP> pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.NER, Layers.DEPENDENCIES);
    }

    @Override
    public Document apply(Document doc) {
        Annotation annotation = new Annotation(doc.text());
        LocalDate date = doc.publishedOn();
        if (date != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        }
        pipeline.get().annotate(annotation);

        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        List<Dependency> dependencies = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            int first = tokens.size();
            SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (graph != null) {
                for (IndexedWord root : graph.getRoots()) {
                    dependencies.add(new Dependency(-1, first + root.index() - 1, "root"));
                }
                for (SemanticGraphEdge edge : graph.edgeIterable()) {
                    dependencies.add(new Dependency(first + edge.getGovernor().index() - 1,
                            first + edge.getDependent().index() - 1, edge.getRelation().toString()));
                }
            }
            for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(tokens.size(), sentences.size(),
                        new Span(label.beginPosition(), label.endPosition()),
                        label.originalText() != null ? label.originalText() : label.word(),
                        nonNull(label.tag()), nonNull(label.lemma()), label.ner() == null ? "O" : label.ner()));
            }
            sentences.add(new Sentence(sentences.size(), new Span(
                    sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)), first, tokens.size()));
        }
        List<NerMention> mentions = new ArrayList<>();
        List<CoreMap> found = annotation.get(CoreAnnotations.MentionsAnnotation.class);
        if (found != null) {
            for (CoreMap mention : found) {
                List<CoreLabel> mentionTokens = mention.get(CoreAnnotations.TokensAnnotation.class);
                int firstToken = indexOf(tokens, mentionTokens.get(0).beginPosition());
                int endToken = indexOf(tokens, mentionTokens.get(mentionTokens.size() - 1).beginPosition()) + 1;
                mentions.add(new NerMention(
                        new Span(mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                                mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)),
                        mention.get(CoreAnnotations.NamedEntityTagAnnotation.class), firstToken, endToken,
                        mention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
            }
        }
        return doc.with(Layers.SENTENCES, List.copyOf(sentences))
                .with(Layers.DEPENDENCIES, List.copyOf(dependencies))
                .with(Layers.TOKENS, List.copyOf(tokens))
                .with(Layers.NER, List.copyOf(mentions));
    }

    private static int indexOf(List<Token> tokens, int begin) {
        int low = 0;
        int high = tokens.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int at = tokens.get(mid).span().begin();
            if (at < begin) {
                low = mid + 1;
            } else if (at > begin) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        throw new IllegalStateException("no token starts at " + begin);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
