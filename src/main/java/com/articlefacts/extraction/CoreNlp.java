package com.articlefacts.extraction;

import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * The one CoreNLP pipeline of the process, built on first use: loading the NER models takes seconds and about 1 GB
 * of heap, so a process that has nothing to extract never pays for it, and every user shares one instance.
 */
public final class CoreNlp {

    private static final Logger log = LoggerFactory.getLogger(CoreNlp.class);
    private static volatile StanfordCoreNLP pipeline;

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
