package com.articlefacts.extraction;

import java.io.IOException;
import java.util.List;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * The one CoreNLP pipeline of the process, built on first use: loading the NER models takes seconds and about 1 GB
 * of heap, so a process that has nothing to extract never pays for it, and every user shares one instance.
 */
public final class CoreNlp {

    private static final Logger log = LoggerFactory.getLogger(CoreNlp.class);
    private static volatile StanfordCoreNLP pipeline;
    private static volatile AbstractSequenceClassifier<CoreLabel> caseless;

    /** CoreNLP's caseless three-class recogniser, taken from its English models jar at build time (pom.xml). */
    static final String CASELESS_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.caseless.distsim.crf.ser.gz";

    private CoreNlp() {
    }

    public static boolean isLoaded() {
        return pipeline != null;
    }

    public static StanfordCoreNLP pipeline() {
        StanfordCoreNLP loaded = pipeline;
        if (loaded == null) {
            synchronized (CoreNlp.class) {
                loaded = pipeline;
                if (loaded == null) {
                    HeidelTimeTagger.shared().warmUpInBackground();
                    long start = System.nanoTime();
                    loaded = new StanfordCoreNLP(properties());
                    pipeline = loaded;
                    log.info("CoreNLP pipeline loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        return loaded;
    }

    /** Words tagged by the caseless recogniser (PERSON, ORGANIZATION, LOCATION or O), loaded on first use. */
    public static List<String> caselessTags(List<String> words) {
        AbstractSequenceClassifier<CoreLabel> loaded = caseless;
        if (loaded == null) {
            synchronized (CoreNlp.class) {
                loaded = caseless;
                if (loaded == null) {
                    long start = System.nanoTime();
                    try {
                        loaded = CRFClassifier.getClassifier(CASELESS_MODEL);
                    } catch (IOException | ClassNotFoundException e) {
                        throw new IllegalStateException("cannot load " + CASELESS_MODEL, e);
                    }
                    caseless = loaded;
                    log.info("Caseless NER model loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        return CaselessNer.tag(loaded, words);
    }

    public static Properties properties() {
        Properties props = tokenizer("tokenize,pos,lemma,ner,depparse");
        // The fine-grained types cost 2.7 GB and 20 s; the knowledge base refines places instead.
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        // Dates are HeidelTime's (DateStage): SUTime, which took half of this pipeline's time, is off. Holiday names
        // would need jollyday, whose JAXB clashes with Boot's.
        props.setProperty("sutime.binders", "0");
        props.setProperty("ner.useSUTime", "false");
        return props;
    }

    /**
     * A pipeline of SUTime alone over tokens and tags, the baseline that dates are measured against; not used for
     * extraction.
     */
    public static StanfordCoreNLP sutimeAlone() {
        Properties props = tokenizer("tokenize,pos,lemma,sutime");
        props.setProperty("customAnnotatorClass.sutime", "edu.stanford.nlp.time.TimeAnnotator");
        props.setProperty("sutime.binders", "0");
        return new StanfordCoreNLP(props);
    }

    /** The annotators given, over our tokenizer's settings. */
    private static Properties tokenizer(String annotators) {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        props.setProperty("tokenize.language", "en");
        // Keep "pro-Damascus" and "al-Hasakah" whole: descriptors and transliterated names depend on it.
        props.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        // Article files put one paragraph, title or dateline per line.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        return props;
    }
}
