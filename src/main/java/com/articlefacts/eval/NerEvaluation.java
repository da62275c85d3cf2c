package com.articlefacts.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.articlefacts.extraction.Entity;
import com.articlefacts.extraction.EntityMention;
import com.articlefacts.extraction.EntityType;
import com.articlefacts.extraction.Extraction;
import com.articlefacts.extraction.Extractor;
import com.articlefacts.extraction.NerMention;
import com.articlefacts.extraction.Span;
import com.articlefacts.extraction.Words;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Entity spans against annotated documents (JSON lines of {@code text} and {@code entities}, the shape of re3d and of
 * the CoNLL-2003 conversion), under one {@link NerScheme}. Gold annotations below confidence 0.5 are dropped. A
 * prediction is right when its type matches and its span overlaps an unused gold span of that type; a prediction
 * that instead overlaps a gold span of a type the scheme does not score (MISC, Nationality, Weapon, ...) counts
 * neither for nor against. CoreNLP's recogniser alone is scored in the same run as the baseline, with and without
 * the pronouns it tags as people.
 */
final class NerEvaluation {

    private static final double MIN_CONFIDENCE = 0.5;

    private final Extractor extractor;
    private final NerScheme scheme;
    private final Words words;
    private final JsonMapper json = JsonMapper.builder().build();

    private final boolean listErrors;

    NerEvaluation(Extractor extractor, NerScheme scheme, Words words, boolean listErrors) {
        this.extractor = extractor;
        this.scheme = scheme;
        this.words = words;
        this.listErrors = listErrors;
    }

    String run(Path file, PrintStream out) throws IOException {
        Map<String, Scores> ours = scoresByType();
        Map<String, Scores> baseline = scoresByType();
        Map<String, Scores> baselineNoPronouns = scoresByType();
        int docs = JsonLines.forEach(file, doc -> {
            List<Typed> gold = gold(doc);
            String text = doc.get("text").asString();
            Extraction extraction = extractor.extract(text, null);
            String id = doc.get("id") == null ? "" : doc.get("id").asString();
            list(out, id, "ours", score(gold, ours(extraction), ours, text));
            score(gold, baseline(extraction, text, false), baseline, text);
            list(out, id, "corenlp", score(gold, baseline(extraction, text, true), baselineNoPronouns, text));
        });
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("scheme", scheme.name().toLowerCase(java.util.Locale.ROOT));
        result.put("docs", docs);
        result.put("extractorVersion", extractor.version());
        result.put("micro", micro(ours).figures(true));
        result.put("byType", figures(ours));
        result.put("coreNlpAlone", Map.of("micro", micro(baseline).figures(true), "byType", figures(baseline)));
        result.put("coreNlpAloneWithoutPronouns", Map.of("micro", micro(baselineNoPronouns).figures(true),
                "byType", figures(baselineNoPronouns)));
        out.printf("%s: %d documents; micro F1 %.4f (CoreNLP alone %.4f, without its pronoun tags %.4f)%n",
                scheme.name().toLowerCase(java.util.Locale.ROOT), docs, micro(ours).f1(), micro(baseline).f1(),
                micro(baselineNoPronouns).f1());
        return json.writeValueAsString(result);
    }

    /** With --errors: each error of a system as a line, before the figures. */
    private void list(PrintStream out, String doc, String system, List<String> errors) {
        if (listErrors) {
            errors.forEach(error -> out.println(doc + "\t" + system + "\t" + error));
        }
    }

    /** Our mentions under the scheme's types, and the temporal expressions where it scores them. */
    List<Typed> ours(Extraction extraction) {
        Map<String, EntityType> types = new HashMap<>();
        for (Entity entity : extraction.entities()) {
            types.put(entity.key(), entity.type());
        }
        List<Typed> predicted = new ArrayList<>();
        for (EntityMention mention : extraction.mentions()) {
            String type = scheme.typeOf(mention, types.get(mention.entityKey()));
            if (type != null) {
                predicted.add(new Typed(type, mention.span()));
            }
        }
        extraction.dates().stream().filter(t -> scheme.scoresTemporal(t.value()))
                .forEach(t -> predicted.add(new Typed("Temporal", t.span())));
        return predicted;
    }

    private List<Typed> baseline(Extraction extraction, String text, boolean withoutPronouns) {
        List<Typed> predicted = new ArrayList<>();
        for (NerMention mention : extraction.recognised()) {
            String type = scheme.typeOf(mention);
            if (type != null && !(withoutPronouns && words.contains("pronouns", mention.span().coveredText(text)))) {
                predicted.add(new Typed(type, mention.span()));
            }
        }
        return predicted;
    }

    private List<Typed> gold(JsonNode doc) {
        List<Typed> gold = new ArrayList<>();
        for (JsonNode entity : doc.get("entities")) {
            JsonNode confidence = entity.get("confidence");
            if (confidence == null || confidence.asDouble() >= MIN_CONFIDENCE) {
                gold.add(new Typed(entity.get("type").asString(),
                        new Span(entity.get("begin").asInt(), entity.get("end").asInt())));
            }
        }
        return gold;
    }

    /** Adds to the scores and returns the errors, each as a line: fp or fn, the type, the text. */
    private List<String> score(List<Typed> gold, List<Typed> predicted, Map<String, Scores> scores, String text) {
        List<String> errors = new ArrayList<>();
        boolean[] used = new boolean[gold.size()];
        for (Typed prediction : predicted) {
            int match = -1;
            boolean unscoredOverlap = false;
            for (int g = 0; g < gold.size() && match < 0; g++) {
                Typed candidate = gold.get(g);
                if (!candidate.span.overlaps(prediction.span)) {
                    continue;
                }
                if (!used[g] && candidate.type.equals(prediction.type)) {
                    match = g;
                } else if (!scheme.scores(candidate.type)) {
                    unscoredOverlap = true;
                }
            }
            if (match >= 0) {
                used[match] = true;
                scores.get(prediction.type).tp++;
            } else if (!unscoredOverlap) {
                scores.get(prediction.type).fp++;
                errors.add(error("fp", prediction, text));
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!used[g] && scheme.scores(gold.get(g).type)) {
                scores.get(gold.get(g).type).fn++;
                errors.add(error("fn", gold.get(g), text));
            }
        }
        return errors;
    }

    private static String error(String kind, Typed typed, String text) {
        Span span = typed.span;
        String before = text.substring(Math.max(0, span.begin() - 30), span.begin());
        String after = text.substring(span.end(), Math.min(text.length(), span.end() + 30));
        return kind + "\t" + typed.type + "\t" + span.coveredText(text) + "\t"
                + (before + "[" + span.coveredText(text) + "]" + after).replaceAll("\\s+", " ");
    }

    private Map<String, Scores> scoresByType() {
        Map<String, Scores> scores = new LinkedHashMap<>();
        scheme.types().forEach(type -> scores.put(type, new Scores()));
        return scores;
    }

    private static Scores micro(Map<String, Scores> byType) {
        Scores micro = new Scores();
        byType.values().forEach(micro::add);
        return micro;
    }

    private static Map<String, Object> figures(Map<String, Scores> byType) {
        Map<String, Object> out = new LinkedHashMap<>();
        byType.forEach((type, scores) -> out.put(type, scores.figures(true)));
        return out;
    }

    record Typed(String type, Span span) {
    }
}
