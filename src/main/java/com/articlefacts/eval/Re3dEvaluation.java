package com.articlefacts.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.articlefacts.extraction.EntityMention;
import com.articlefacts.extraction.EntityType;
import com.articlefacts.extraction.Extraction;
import com.articlefacts.extraction.Extractor;
import com.articlefacts.extraction.NerMention;
import com.articlefacts.extraction.Span;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Entity spans against re3d's annotations (JSON lines of {@code text} and {@code entities}), over the types Person,
 * Organisation, Location and Temporal, gold annotations with confidence of at least 0.5. A prediction is right when
 * its type matches and its span overlaps a gold span of that type, each gold span used once. The same figures for
 * CoreNLP's recogniser alone are printed as the baseline.
 */
final class Re3dEvaluation {

    static final List<String> TYPES = List.of("Person", "Organisation", "Location", "Temporal");
    private static final double MIN_CONFIDENCE = 0.5;

    private final Extractor extractor;
    private final JsonMapper json = JsonMapper.builder().build();

    Re3dEvaluation(Extractor extractor) {
        this.extractor = extractor;
    }

    String run(Path file, PrintStream out) throws IOException {
        Map<String, Scores> ours = scoresByType();
        Map<String, Scores> baseline = scoresByType();
        int docs = 0;
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = json.readTree(line);
                List<Typed> gold = gold(doc);
                Extraction extraction = extractor.extract(doc.get("text").asString(), null);
                score(gold, ours(extraction), ours);
                score(gold, baseline(extraction), baseline);
                docs++;
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("docs", docs);
        result.put("extractorVersion", extractor.version());
        result.put("micro", micro(ours).figures(true));
        result.put("byType", figures(ours));
        Map<String, Object> base = new LinkedHashMap<>();
        base.put("micro", micro(baseline).figures(true));
        base.put("byType", figures(baseline));
        result.put("coreNlpAlone", base);
        out.printf("re3d: %d documents; micro F1 %.4f (CoreNLP alone %.4f)%n", docs, micro(ours).f1(),
                micro(baseline).f1());
        return json.writeValueAsString(result);
    }

    /** Our entity mentions by their entity's type, and the temporal expressions. */
    static List<Typed> ours(Extraction extraction) {
        Map<String, EntityType> types = new LinkedHashMap<>();
        extraction.entities().forEach(entity -> types.put(entity.key(), entity.type()));
        List<Typed> predicted = new ArrayList<>();
        for (EntityMention mention : extraction.mentions()) {
            // re3d types a country acting ("the UK welcomes") as an Organisation, the place as a Location.
            String type = mention.actor() ? "Organisation" : re3dType(types.get(mention.entityKey()));
            // A demonym alone ("Iraqi" officials) is a Nationality in re3d, a type it does not score.
            boolean demonym = mention.nominal() && mention.source() == EntityMention.Source.DESCRIPTOR
                    && types.get(mention.entityKey()) == EntityType.COUNTRY;
            if (type != null && !demonym) {
                predicted.add(new Typed(type, mention.span()));
            }
        }
        extraction.dates().forEach(t -> predicted.add(new Typed("Temporal", t.span())));
        return predicted;
    }

    static List<Typed> baseline(Extraction extraction) {
        List<Typed> predicted = new ArrayList<>();
        for (NerMention mention : extraction.recognised()) {
            String type = switch (mention.nerType()) {
                case "PERSON" -> "Person";
                case "ORGANIZATION" -> "Organisation";
                case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> "Location";
                case "DATE", "TIME", "DURATION", "SET" -> "Temporal";
                default -> null;
            };
            if (type != null) {
                predicted.add(new Typed(type, mention.span()));
            }
        }
        return predicted;
    }

    static @Nullable String re3dType(@Nullable EntityType type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organisation";
            case COUNTRY, STATE_OR_PROVINCE, CITY, LOCATION, FACILITY -> "Location";
        };
    }

    private static List<Typed> gold(JsonNode doc) {
        List<Typed> gold = new ArrayList<>();
        for (JsonNode entity : doc.get("entities")) {
            String type = entity.get("type").asString();
            if (TYPES.contains(type) && entity.get("confidence").asDouble() >= MIN_CONFIDENCE) {
                gold.add(new Typed(type, new Span(entity.get("begin").asInt(), entity.get("end").asInt())));
            }
        }
        return gold;
    }

    private static void score(List<Typed> gold, List<Typed> predicted, Map<String, Scores> scores) {
        boolean[] used = new boolean[gold.size()];
        for (Typed prediction : predicted) {
            Scores typeScores = scores.get(prediction.type);
            int match = -1;
            for (int g = 0; g < gold.size() && match < 0; g++) {
                if (!used[g] && gold.get(g).type.equals(prediction.type) && gold.get(g).span.overlaps(prediction.span)) {
                    match = g;
                }
            }
            if (match >= 0) {
                used[match] = true;
                typeScores.tp++;
            } else {
                typeScores.fp++;
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!used[g]) {
                scores.get(gold.get(g).type).fn++;
            }
        }
    }

    private static Map<String, Scores> scoresByType() {
        Map<String, Scores> scores = new LinkedHashMap<>();
        TYPES.forEach(type -> scores.put(type, new Scores()));
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
