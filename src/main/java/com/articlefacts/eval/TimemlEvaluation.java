package com.articlefacts.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import com.articlefacts.extraction.CoreNlp;
import com.articlefacts.extraction.Extraction;
import com.articlefacts.extraction.Extractor;
import com.articlefacts.extraction.HeidelTimeTagger;
import com.articlefacts.extraction.Span;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Temporal expressions against TimeML annotations (JSON lines of {@code dct}, {@code text} and {@code timexes}
 * with {@code begin}, {@code end}, {@code type} and {@code value}), scored as TempEval-3 does: strict span (same
 * begin and end), relaxed span (overlap, each gold timex used once) and value (a relaxed match whose values are
 * equal), each as precision, recall and F1 over all predicted and all gold timexes. Two baselines are scored in the
 * same run on the same texts: SUTime alone (CoreNLP's TimeAnnotator over its own tokens and tags) and HeidelTime
 * alone (its standalone launcher without a part-of-speech tagger, as a user without TreeTagger runs it), each of
 * HeidelTime's modes in a row of its own; and, to tell our choices apart from the library's, HeidelTime over our
 * tokens and tags in each mode. A document time may carry a clock time ({@code 1998-03-01T14:11}); only its date
 * is used.
 */
final class TimemlEvaluation {

    private final Extractor extractor;
    private final boolean listErrors;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Supplier<StanfordCoreNLP> sutime = memoize(CoreNlp::sutimeAlone);

    TimemlEvaluation(Extractor extractor, boolean listErrors) {
        this.extractor = extractor;
        this.listErrors = listErrors;
    }

    String run(Path file, PrintStream out) throws IOException {
        Tally ours = new Tally();
        Tally sutimeAlone = new Tally();
        Tally heidelNews = new Tally();
        Tally heidelNarrative = new Tally();
        Tally standaloneNews = new Tally();
        Tally standaloneNarrative = new Tally();
        HeidelTimeStandaloneBaseline standalone = new HeidelTimeStandaloneBaseline();
        int docs = JsonLines.forEach(file, doc -> {
            JsonNode dct = doc.get("dct");
            LocalDate anchor = dct == null || dct.isNull() ? null : documentDate(dct.asString());
            List<Timex> gold = new ArrayList<>();
            for (JsonNode timex : doc.get("timexes")) {
                gold.add(new Timex(new Span(timex.get("begin").asInt(), timex.get("end").asInt()),
                        timex.get("value").asString()));
            }
            String text = doc.get("text").asString();
            Extraction extraction = extractor.extract(text, anchor);
            List<Timex> predicted = extraction.dates().stream().map(d -> new Timex(d.span(), d.value())).toList();
            ours.score(gold, predicted);
            if (listErrors) {
                listErrors(out, doc.get("id") == null ? "" : doc.get("id").asString(), text, gold, predicted);
            }
            sutimeAlone.score(gold, sutime(text, anchor));
            heidelNews.score(gold, heidelTime(text, extraction, anchor, HeidelTimeTagger.Genre.NEWS));
            heidelNarrative.score(gold, heidelTime(text, extraction, anchor, HeidelTimeTagger.Genre.NARRATIVE));
            standaloneNews.score(gold, standalone.tag(text, anchor, HeidelTimeTagger.Genre.NEWS));
            standaloneNarrative.score(gold, standalone.tag(text, anchor, HeidelTimeTagger.Genre.NARRATIVE));
        });
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("docs", docs);
        result.put("extractorVersion", extractor.version());
        result.putAll(ours.figures());
        result.put("sutimeAlone", sutimeAlone.figures());
        result.put("heidelTimeNewsAlone", standaloneNews.figures());
        result.put("heidelTimeNarrativesAlone", standaloneNarrative.figures());
        result.put("heidelTimeNewsOnOurTokens", heidelNews.figures());
        result.put("heidelTimeNarrativesOnOurTokens", heidelNarrative.figures());
        out.printf("timeml: %d documents%n", docs);
        out.printf("%-24s %9s %9s %9s%n", "", "value F1", "strict F1", "relaxed F1");
        row(out, "ours", ours);
        row(out, "SUTime alone", sutimeAlone);
        row(out, "HeidelTime alone, news", standaloneNews);
        row(out, "HeidelTime alone, narr.", standaloneNarrative);
        row(out, "HT on our tokens, news", heidelNews);
        row(out, "HT on our tokens, narr.", heidelNarrative);
        return json.writeValueAsString(result);
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private @Nullable T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    private static void row(PrintStream out, String name, Tally tally) {
        out.printf(Locale.ROOT, "%-24s %9.4f %9.4f %9.4f%n", name, tally.value.f1(), tally.strict.f1(),
                tally.relaxed.f1());
    }

    /** The date of a TimeML document time, which may be a date or a date with a clock time. */
    static LocalDate documentDate(String value) {
        int clock = value.indexOf('T');
        return LocalDate.parse(clock < 0 ? value.strip() : value.substring(0, clock));
    }

    private static List<Timex> heidelTime(String text, Extraction extraction, LocalDate anchor,
            HeidelTimeTagger.Genre genre) {
        return HeidelTimeTagger.shared().tag(text, extraction.tokens(), anchor, genre).stream()
                .map(t -> new Timex(t.span(), t.value())).toList();
    }

    /** With --errors: each gold timex our value misses, with what we found there, and each spurious one. */
    private static void listErrors(PrintStream out, String id, String text, List<Timex> gold, List<Timex> predicted) {
        for (Timex expected : gold) {
            Timex found = predicted.stream().filter(p -> p.span.overlaps(expected.span)).findFirst().orElse(null);
            if (found == null || !found.value.equals(expected.value)) {
                out.println(id + "\tmiss\t" + expected.span.coveredText(text) + "\t" + expected.value + "\t"
                        + (found == null ? "-" : found.span.coveredText(text) + "\t" + found.value));
            }
        }
        for (Timex extra : predicted) {
            if (gold.stream().noneMatch(g -> g.span.overlaps(extra.span))) {
                out.println(id + "\tspurious\t" + extra.span.coveredText(text) + "\t" + extra.value);
            }
        }
    }

    /** SUTime's own expressions and values, from a pipeline of it alone, against the same document date. */
    private List<Timex> sutime(String text, @Nullable LocalDate anchor) {
        Annotation annotation = new Annotation(text);
        if (anchor != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, anchor.toString());
        }
        sutime.get().annotate(annotation);
        List<Timex> found = new ArrayList<>();
        List<CoreMap> timexes = annotation.get(TimeAnnotations.TimexAnnotations.class);
        for (CoreMap timex : timexes == null ? List.<CoreMap>of() : timexes) {
            edu.stanford.nlp.time.Timex value = timex.get(TimeAnnotations.TimexAnnotation.class);
            Integer begin = timex.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer end = timex.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (value != null && value.value() != null && begin != null && end != null && begin < end) {
                found.add(new Timex(new Span(begin, end), value.value()));
            }
        }
        return found;
    }

    record Timex(Span span, String value) {
    }

    /** Strict, relaxed and value scores summed over documents. */
    private static final class Tally {
        final Scores strict = new Scores();
        final Scores relaxed = new Scores();
        final Scores value = new Scores();

        void score(List<Timex> gold, List<Timex> predicted) {
            strict.add(match(gold, predicted, true, false));
            relaxed.add(match(gold, predicted, false, false));
            value.add(match(gold, predicted, false, true));
        }

        private static Scores match(List<Timex> gold, List<Timex> predicted, boolean exact, boolean sameValue) {
            boolean[] used = new boolean[gold.size()];
            Scores scores = new Scores();
            for (Timex prediction : predicted) {
                int match = -1;
                for (int g = 0; g < gold.size() && match < 0; g++) {
                    Timex candidate = gold.get(g);
                    boolean spans = exact ? candidate.span.equals(prediction.span)
                            : candidate.span.overlaps(prediction.span);
                    if (!used[g] && spans && (!sameValue || candidate.value.equals(prediction.value))) {
                        match = g;
                    }
                }
                if (match >= 0) {
                    used[match] = true;
                    scores.tp++;
                } else {
                    scores.fp++;
                }
            }
            scores.fn = gold.size() - scores.tp;
            return scores;
        }

        Map<String, Object> figures() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("strict", strict.figures(true));
            out.put("relaxed", relaxed.figures(true));
            out.put("value", value.figures(true));
            return out;
        }
    }
}
