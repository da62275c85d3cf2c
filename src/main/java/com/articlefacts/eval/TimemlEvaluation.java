package com.articlefacts.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.articlefacts.extraction.Extraction;
import com.articlefacts.extraction.Extractor;
import com.articlefacts.extraction.NerMention;
import com.articlefacts.extraction.Span;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Temporal expressions against TimeML annotations (JSON lines of {@code dct}, {@code text} and {@code timexes}
 * with {@code begin}, {@code end}, {@code type} and {@code value}), scored as TempEval-3 does: strict span (same
 * begin and end), relaxed span (overlap, each gold timex used once) and value (a relaxed match whose values are
 * equal), each as precision, recall and F1 over all predicted and all gold timexes. SUTime alone (CoreNLP's
 * temporal tags and values, unchanged) is scored in the same run as the baseline.
 */
final class TimemlEvaluation {

    private static final Set<String> TEMPORAL_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

    private final Extractor extractor;
    private final boolean listErrors;
    private final JsonMapper json = JsonMapper.builder().build();

    TimemlEvaluation(Extractor extractor, boolean listErrors) {
        this.extractor = extractor;
        this.listErrors = listErrors;
    }

    String run(Path file, PrintStream out) throws IOException {
        Tally ours = new Tally();
        Tally sutime = new Tally();
        int docs = JsonLines.forEach(file, doc -> {
            JsonNode dct = doc.get("dct");
            LocalDate anchor = dct == null || dct.isNull() ? null : LocalDate.parse(dct.asString());
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
            sutime.score(gold, sutime(extraction));
        });
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("docs", docs);
        result.put("extractorVersion", extractor.version());
        result.putAll(ours.figures());
        result.put("sutimeAlone", sutime.figures());
        out.printf("timeml: %d documents; value F1 %.4f (SUTime alone %.4f), relaxed span F1 %.4f (%.4f)%n", docs,
                ours.value.f1(), sutime.value.f1(), ours.relaxed.f1(), sutime.relaxed.f1());
        return json.writeValueAsString(result);
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

    private static List<Timex> sutime(Extraction extraction) {
        List<Timex> found = new ArrayList<>();
        for (NerMention mention : extraction.recognised()) {
            if (TEMPORAL_TAGS.contains(mention.nerType()) && mention.normalized() != null) {
                found.add(new Timex(mention.span(), mention.normalized()));
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
