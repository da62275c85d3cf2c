package com.articlefacts.extraction;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * The standard pipeline. Its {@link #version()} joins the code's {@link #VERSION} with the knowledge base's hash,
 * so stored results are redone when either changes.
 */
public final class Extractor {

    /** Bump whenever the code's output can change. */
    public static final String VERSION = "12";

    /** The longest text one extraction takes by default: about 80,000 words, a minute of work here. */
    public static final int DEFAULT_MAX_CHARS = 500_000;

    private final Pipeline pipeline;
    private final String version;
    private final int maxChars;

    public Extractor(KnowledgeBase kb, FactLexicon lexicon, Supplier<StanfordCoreNLP> coreNlp) {
        this(kb, lexicon, coreNlp, DEFAULT_MAX_CHARS);
    }

    public Extractor(KnowledgeBase kb, FactLexicon lexicon, Supplier<StanfordCoreNLP> coreNlp, int maxChars) {
        this(kb, lexicon, new CoreNlpStage(coreNlp), maxChars);
    }

    /**
     * Our stages over another annotator than CoreNLP's, one that provides what {@link CoreNlpStage} does: parses read
     * back from a cache, or written by hand.
     */
    public Extractor(KnowledgeBase kb, FactLexicon lexicon, Stage annotator, int maxChars) {
        this.maxChars = maxChars;
        List<Stage> stages = new java.util.ArrayList<>();
        stages.add(annotator);
        stages.addAll(stagesAfterCoreNlp(kb, lexicon));
        this.pipeline = new Pipeline(stages);
        this.version = VERSION + "+data." + DataFiles.sha256(kb.sha256().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                lexicon.sha256().getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 12);
    }

    /** Our stages, in order, over what CoreNLP gives. */
    public static List<Stage> stagesAfterCoreNlp(KnowledgeBase kb, FactLexicon lexicon) {
        EventVocabulary events = new EventVocabulary(kb, lexicon);
        return List.of(
                new NameConsistencyStage(kb),
                new NameLinkingStage(kb),
                new DescriptorStage(kb),
                new ShortFormStage(kb),
                new PersonReferenceStage(kb.words()),
                new DateStage(kb.words()),
                new AttributionStage(lexicon, kb.words()),
                new EventDraftStage(events),
                new ClaimedActStage(events),
                new EventPlaceStage(events),
                new EventStage(events));
    }

    /** The pipeline of this process: the data files from the classpath, CoreNLP loaded on first use. */
    public static Extractor standard() {
        return standard(KnowledgeBase.load(), FactLexicon.load());
    }

    public static Extractor standard(KnowledgeBase kb, FactLexicon lexicon) {
        return new Extractor(kb, lexicon, CoreNlp::pipeline);
    }

    public static Extractor standard(KnowledgeBase kb, FactLexicon lexicon, int maxChars) {
        return new Extractor(kb, lexicon, CoreNlp::pipeline, maxChars);
    }

    public String version() {
        return version;
    }

    /**
     * The facts of one text. Deterministic: the same text and date give the same facts whatever was extracted before
     * and however many extractions run at once.
     *
     * @throws TextTooLongException when the text is longer than this extractor takes
     */
    public Extraction extract(String text, @Nullable LocalDate publishedOn) {
        if (text.length() > maxChars) {
            throw new TextTooLongException(text.length(), maxChars);
        }
        Document doc = pipeline.run(Document.of(text, publishedOn));
        List<EntityMention> mentions = doc.get(Layers.MENTIONS);
        Map<String, Entity> entities = doc.get(Layers.ENTITIES);
        Map<String, Entity> inOrder = new LinkedHashMap<>();
        for (EntityMention mention : mentions) {
            inOrder.computeIfAbsent(mention.entityKey(), entities::get);
        }
        return new Extraction(version, List.copyOf(inOrder.values()), mentions, doc.get(Layers.TOKENS),
                doc.get(Layers.SENTENCES),
                doc.get(Layers.NER), doc.get(Layers.DATES), doc.get(Layers.EVENTS), doc.get(Layers.ATTRIBUTIONS));
    }
}
