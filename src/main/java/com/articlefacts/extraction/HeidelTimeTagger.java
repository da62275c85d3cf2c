package com.articlefacts.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.FSIterator;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.XMLInputSource;
import org.jspecify.annotations.Nullable;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.components.impl.JCasFactoryImpl;
import de.unihd.dbs.heideltime.standalone.components.impl.UimaContextImpl;
import de.unihd.dbs.uima.annotator.heideltime.HeidelTime;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.types.heideltime.Dct;
import de.unihd.dbs.uima.types.heideltime.Timex3;

/**
 * HeidelTime's English rules run in-process over our own tokens: CoreNLP's sentences and part-of-speech tags stand in
 * for the TreeTagger that HeidelTime's standalone launcher would start as a program, so the jar needs nothing
 * installed. HeidelTime resolves relative expressions against the publication date in {@link Genre#NEWS} and against
 * the narrative's last date in {@link Genre#NARRATIVE}. One annotator per genre, and one call at a time: the
 * annotators keep counters between calls and share the library's resource singletons.
 */
public final class HeidelTimeTagger {

    /** The kind of text, which says what relative expressions hang on. */
    public enum Genre {
        /** Deictic expressions ("today", "Friday", "next year") hang on the publication date. */
        NEWS(DocumentType.NEWS),
        /** Relative expressions hang on the last date the story told. */
        NARRATIVE(DocumentType.NARRATIVES);

        private final DocumentType heidelTime;

        Genre(DocumentType heidelTime) {
            this.heidelTime = heidelTime;
        }
    }

    /** One expression HeidelTime found, with its TIMEX3 type (DATE, TIME, DURATION, SET) and value. */
    public record Timex(Span span, String type, String value) {
    }

    private static final String TYPE_SYSTEM = "desc/type/HeidelTime_TypeSystem.xml";
    private static final String CONFIG = "/heideltime/config.properties";
    private static final String SEPARATORS = "-\u2010\u2011\u2012\u2013\u2014/";
    /** The most text HeidelTime is given at once. */
    static final int PART_CHARS = 100_000;
    /**
     * The most sentences HeidelTime is given at once: its work grows with the square of the expressions it holds
     * (2,000 dated lines took 15 s at once, 500 lines 1 s), so a text of nothing but dates goes in parts.
     */
    static final int PART_SENTENCES = 500;

    private static final HeidelTimeTagger INSTANCE = new HeidelTimeTagger();

    /** The library logs every document at INFO; held here because the logging framework keeps loggers weakly. */
    private static final List<java.util.logging.Logger> QUIET_LOGGERS = List.of(
            java.util.logging.Logger.getLogger("HeidelTimeStandalone"),
            java.util.logging.Logger.getLogger("de.unihd.dbs"));

    private final Map<Genre, HeidelTime> annotators = new EnumMap<>(Genre.class);
    private final java.util.NavigableSet<String> cues = TimexCues.fromHeidelTime();
    private @Nullable JCasFactoryImpl jcasFactory;

    private HeidelTimeTagger() {
    }

    /** The process's tagger; its rules are compiled on the first call of each genre (a few seconds). */
    public static HeidelTimeTagger shared() {
        return INSTANCE;
    }

    /**
     * Compiles the rules of both genres on a thread of its own, so that they load beside CoreNLP's models rather
     * than after them on the first extraction.
     */
    public void warmUpInBackground() {
        Thread thread = new Thread(() -> {
            annotator(Genre.NEWS);
            annotator(Genre.NARRATIVE);
            newJCas();
        }, "heideltime-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The temporal expressions of a text, with spans in its UTF-16 offsets.
     *
     * @param tokens the text's tokens with their sentences and Penn Treebank tags
     * @param published the document's date; without it, news is tagged as a narrative that has no date yet
     */
    public List<Timex> tag(String text, List<Token> tokens, @Nullable LocalDate published, Genre genre) {
        Genre effective = published == null ? Genre.NARRATIVE : genre;
        HeidelTime annotator = annotator(effective);
        List<Timex> found = new ArrayList<>();
        for (List<int[]> part : parts(tokens)) {
            synchronized (this) {
                JCas jcas = newJCas();
                jcas.setDocumentText(text);
                if (published != null) {
                    Dct dct = new Dct(jcas);
                    dct.setValue(String.format(Locale.ROOT, "%04d-%02d-%02d", published.getYear(),
                            published.getMonthValue(), published.getDayOfMonth()));
                    dct.addToIndexes();
                }
                int id = 0;
                for (int[] sentence : part) {
                    id = addSentence(jcas, tokens, sentence[0], sentence[1], id);
                }
                annotator.process(jcas);
                FSIterator<?> it = jcas.getAnnotationIndex(Timex3.type).iterator();
                while (it.hasNext()) {
                    Timex3 timex = (Timex3) it.next();
                    if (timex.getEnd() > timex.getBegin() && timex.getTimexValue() != null
                            && !timex.getTimexValue().isEmpty()) {
                        found.add(new Timex(new Span(timex.getBegin(), timex.getEnd()), timex.getTimexType(),
                                timex.getTimexValue()));
                    }
                }
            }
        }
        return withoutOverlaps(found);
    }

    /**
     * The sentences that can hold a temporal expression, as token ranges, in parts of at most {@link #PART_CHARS}
     * and {@link #PART_SENTENCES}:
     * HeidelTime tries every rule on every sentence it is given, and a sentence without a digit or a word of its
     * English vocabulary ({@link TimexCues}) cannot match one; a long text goes in parts so that the work on the
     * expressions of one part stays bounded. A narrative's relative dates then hang on the dates of their own part.
     */
    private List<List<int[]>> parts(List<Token> tokens) {
        List<List<int[]>> parts = new ArrayList<>();
        List<int[]> part = new ArrayList<>();
        int partBegin = -1;
        int first = 0;
        while (first < tokens.size()) {
            int end = first;
            boolean cue = false;
            while (end < tokens.size() && tokens.get(end).sentence() == tokens.get(first).sentence()) {
                cue |= TimexCues.isCue(tokens.get(end).word(), cues);
                end++;
            }
            if (cue) {
                if (!part.isEmpty() && (tokens.get(end - 1).span().end() - partBegin > PART_CHARS
                        || part.size() == PART_SENTENCES)) {
                    parts.add(part);
                    part = new ArrayList<>();
                }
                if (part.isEmpty()) {
                    partBegin = tokens.get(first).span().begin();
                }
                part.add(new int[] {first, end});
            }
            first = end;
        }
        if (!part.isEmpty()) {
            parts.add(part);
        }
        return parts;
    }

    /**
     * Where two rules matched overlapping text, the longer match, as HeidelTime's own TimeML writer keeps it; the
     * list sorted by span.
     */
    private static List<Timex> withoutOverlaps(List<Timex> found) {
        List<Timex> longestFirst = new ArrayList<>(found);
        longestFirst.sort(java.util.Comparator.comparingInt((Timex t) -> t.span().length()).reversed()
                .thenComparing(Timex::span));
        List<Timex> kept = new ArrayList<>();
        for (Timex timex : longestFirst) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(timex.span()))) {
                kept.add(timex);
            }
        }
        kept.sort(java.util.Comparator.comparing(Timex::span));
        return kept;
    }

    /**
     * The sentence's tokens as HeidelTime's, cut again at hyphens, dashes and slashes: an expression must begin and
     * end at a token boundary, and our tokens keep hyphenated words whole ("1917-1918", "mid-1942").
     */
    private static int addSentence(JCas jcas, List<Token> tokens, int from, int to, int firstId) {
        int id = firstId;
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            String tag = treeTaggerTag(token);
            String word = token.word();
            int begin = token.span().begin();
            int piece = 0;
            boolean sameText = word.length() == token.span().length();
            for (int k = 0; sameText && k < word.length(); k++) {
                if (SEPARATORS.indexOf(word.charAt(k)) >= 0) {
                    id = addToken(jcas, begin + piece, begin + k, word.substring(piece, k), tag, token, id);
                    id = addToken(jcas, begin + k, begin + k + 1, word.substring(k, k + 1), ":", token, id);
                    piece = k + 1;
                }
            }
            id = addToken(jcas, begin + piece, token.span().end(), sameText ? word.substring(piece) : word, tag, token,
                    id);
        }
        de.unihd.dbs.uima.types.heideltime.Sentence sentence = new de.unihd.dbs.uima.types.heideltime.Sentence(
                jcas, tokens.get(from).span().begin(), tokens.get(to - 1).span().end());
        sentence.setSentenceId(tokens.get(from).sentence());
        sentence.addToIndexes();
        return id;
    }

    private static int addToken(JCas jcas, int begin, int end, String word, String tag, Token of, int id) {
        if (begin >= end) {
            return id;
        }
        de.unihd.dbs.uima.types.heideltime.Token t = new de.unihd.dbs.uima.types.heideltime.Token(jcas, begin, end);
        t.setTokenId(id);
        t.setSentId(of.sentence());
        t.setPos(!word.isEmpty() && word.chars().allMatch(Character::isDigit) ? "CD" : tag);
        t.addToIndexes();
        return id + 1;
    }

    /**
     * The English TreeTagger's tag for a Penn Treebank one, which HeidelTime's rules are written for: lexical verbs are
     * VV*, forms of "have" VH*, forms of "be" keep VB*.
     */
    static String treeTaggerTag(Token token) {
        String pos = token.pos();
        if (!pos.startsWith("VB")) {
            return pos;
        }
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        return switch (lemma) {
            case "be" -> pos;
            case "have" -> "VH" + pos.substring(2);
            default -> "VV" + pos.substring(2);
        };
    }

    private synchronized HeidelTime annotator(Genre genre) {
        return annotators.computeIfAbsent(genre, g -> {
            configureLibrary();
            try {
                HeidelTime annotator = new HeidelTime();
                annotator.initialize(new UimaContextImpl(Language.ENGLISH, g.heidelTime, false));
                return annotator;
            } catch (Exception e) {
                throw new IllegalStateException("HeidelTime could not be initialised", e);
            }
        });
    }

    private JCas newJCas() {
        try {
            return jcasFactory().createJCas();
        } catch (Exception e) {
            throw new IllegalStateException("HeidelTime's CAS could not be created", e);
        }
    }

    private synchronized JCasFactoryImpl jcasFactory() throws Exception {
        if (jcasFactory == null) {
            TypeSystemDescription types = UIMAFramework.getXMLParser().parseTypeSystemDescription(
                    new XMLInputSource(HeidelTimeTagger.class.getClassLoader().getResource(TYPE_SYSTEM)));
            jcasFactory = new JCasFactoryImpl(new TypeSystemDescription[] {types});
        }
        return jcasFactory;
    }

    /**
     * HeidelTime reads its switches from a static configuration that its launcher would load from a file; this sets
     * it once for the process.
     */
    public static synchronized void configureLibrary() {
        if (Config.isInitialized()) {
            return;
        }
        for (java.util.logging.Logger logger : QUIET_LOGGERS) {
            logger.setLevel(java.util.logging.Level.WARNING);
        }
        Properties props = new Properties();
        try (java.io.InputStream in = HeidelTimeTagger.class.getResourceAsStream(CONFIG)) {
            props.load(in);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("HeidelTime's configuration " + CONFIG + " could not be read", e);
        }
        Config.setProps(props);
    }
}
