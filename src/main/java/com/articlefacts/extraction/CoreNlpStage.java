package com.articlefacts.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
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
 * {@link Layers#DEPENDENCIES}. Temporal expressions are left to {@link DateStage}.
 * A long text is annotated in parts cut at line ends ({@link #PART_CHARS}).
 */
public final class CoreNlpStage implements Stage {

    /**
     * The largest part of a text annotated at once. CoreNLP's memory and time grow faster than the text, so
     * a long article is annotated in parts of about a newspaper page each and costs time in proportion to its
     * length, with memory bounded by one part.
     */
    static final int PART_CHARS = 20_000;

    private final Supplier<StanfordCoreNLP> pipeline;
    private final Function<List<String>, List<String>> caselessTagger;

    public CoreNlpStage(Supplier<StanfordCoreNLP> pipeline) {
        this(pipeline, CoreNlp::caselessTags);
    }

    CoreNlpStage(Supplier<StanfordCoreNLP> pipeline, Function<List<String>, List<String>> caselessTagger) {
        this.pipeline = pipeline;
        this.caselessTagger = caselessTagger;
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
        Collector collected = new Collector();
        String text = doc.text();
        for (Span part : parts(text, PART_CHARS)) {
            Annotation annotation = new Annotation(part.coveredText(text));
            LocalDate date = doc.publishedOn();
            if (date != null) {
                annotation.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
            }
            pipeline.get().annotate(annotation);
            collected.add(annotation, part.begin());
        }
        CaselessNer.Result names = CaselessNer.retag(text, collected.sentences, collected.tokens, collected.mentions,
                caselessTagger);
        return doc.with(Layers.SENTENCES, List.copyOf(collected.sentences))
                .with(Layers.DEPENDENCIES, List.copyOf(collected.dependencies))
                .with(Layers.TOKENS, names.tokens())
                .with(Layers.NER, names.mentions());
    }

    /**
     * The text cut into parts of at most {@code maxChars} characters at line ends (every line end is a sentence
     * break, so no sentence is cut), or at a space where a single line is longer than that.
     */
    static List<Span> parts(String text, int maxChars) {
        List<Span> parts = new ArrayList<>();
        int begin = 0;
        while (text.length() - begin > maxChars) {
            int limit = begin + maxChars;
            int cut = text.lastIndexOf('\n', limit - 1);
            if (cut <= begin) {
                cut = text.lastIndexOf(' ', limit - 1);
            }
            if (cut <= begin) {
                cut = Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
            } else {
                cut++;
            }
            parts.add(new Span(begin, cut));
            begin = cut;
        }
        parts.add(new Span(begin, text.length()));
        return parts;
    }

    /** The layers of all parts, offsets and indices moved to the whole text's. */
    private static final class Collector {
        final List<Sentence> sentences = new ArrayList<>();
        final List<Token> tokens = new ArrayList<>();
        final List<Dependency> dependencies = new ArrayList<>();
        final List<NerMention> mentions = new ArrayList<>();

        void add(Annotation annotation, int offset) {
            int partFirstToken = tokens.size();
            for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
                addSentence(sentence, offset);
            }
            List<CoreMap> found = annotation.get(CoreAnnotations.MentionsAnnotation.class);
            if (found == null) {
                return;
            }
            List<Token> partTokens = tokens.subList(partFirstToken, tokens.size());
            for (CoreMap mention : found) {
                List<CoreLabel> mentionTokens = mention.get(CoreAnnotations.TokensAnnotation.class);
                int firstToken = partFirstToken
                        + indexOf(partTokens, offset + mentionTokens.get(0).beginPosition());
                int endToken = partFirstToken + indexOf(partTokens,
                        offset + mentionTokens.get(mentionTokens.size() - 1).beginPosition()) + 1;
                mentions.add(new NerMention(
                        new Span(offset + mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                                offset + mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)),
                        mention.get(CoreAnnotations.NamedEntityTagAnnotation.class), firstToken, endToken,
                        mention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
            }
        }

        private void addSentence(CoreMap sentence, int offset) {
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
                        new Span(offset + label.beginPosition(), offset + label.endPosition()),
                        label.originalText() != null ? label.originalText() : label.word(),
                        nonNull(label.tag()), nonNull(label.lemma()), label.ner() == null ? "O" : label.ner()));
            }
            sentences.add(new Sentence(sentences.size(), new Span(
                    offset + sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    offset + sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)), first, tokens.size()));
        }
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
