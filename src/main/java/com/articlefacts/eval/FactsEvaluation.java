package com.articlefacts.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.articlefacts.article.ArticleLayoutParser;
import com.articlefacts.article.ParsedArticle;
import com.articlefacts.extraction.Attribution;
import com.articlefacts.extraction.Event;
import com.articlefacts.extraction.Extraction;
import com.articlefacts.extraction.Extractor;
import com.articlefacts.extraction.Span;
import com.articlefacts.extraction.TemporalExpression;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events and attributions against the seed's hand-checked facts, matched as the gold file's {@code matching} says:
 * an event when its evidence or trigger overlaps the gold trigger's sentence, its type is accepted and its actor is
 * the gold actor (any when the gold has none); an attribution when its cue overlaps the gold cue and its claim the
 * gold claim. Each gold item is matched once. Target, place, date, attribution and source are scored over matches.
 */
final class FactsEvaluation {

    private final Extractor extractor;
    private final JsonMapper json = JsonMapper.builder().build();

    FactsEvaluation(Extractor extractor) {
        this.extractor = extractor;
    }

    String run(Path goldFile, PrintStream out) throws IOException {
        JsonNode gold = json.readTree(Files.readAllBytes(goldFile));
        Path articleFile = SeedEvaluation.locate(goldFile, gold.get("article").asString());
        ParsedArticle article = new ArticleLayoutParser().parse(Files.readAllBytes(articleFile));
        Extraction extraction = extractor.extract(article.text(), article.publishedOn());
        String text = article.text();

        out.println("Dates in " + articleFile.getFileName() + ":");
        for (TemporalExpression date : extraction.dates()) {
            out.printf("  %-22s %-10s %s%s%n", '"' + date.span().coveredText(text) + '"', date.granularity(),
                    date.value(), date.partOfDay() == null ? "" : " (" + date.partOfDay() + ")");
        }
        out.println("Events:");
        for (Event event : extraction.events()) {
            out.printf("  %-4s %-17s actor=%s target=%s place=%s date=%s attribution=%s  \"%s\"%n", event.id(),
                    event.type(), event.actor(), event.target(), event.place(), event.date(), event.attribution(),
                    event.trigger().coveredText(text));
        }
        out.println("Attributions:");
        for (Attribution attribution : extraction.attributions()) {
            out.printf("  %-4s source=%s medium=%s quote=%s  cue=\"%s\"  claim=\"%s\"%n", attribution.id(),
                    attribution.source(), attribution.medium(), attribution.directQuote(),
                    attribution.cue().coveredText(text), attribution.claim().coveredText(text));
        }

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("article", articleFile.getFileName().toString());
        result.put("extractorVersion", extraction.version());
        result.put("events", scoreEvents(gold.get("events"), extraction, text));
        result.put("attributions", scoreAttributions(gold.get("attributions"), extraction, text));
        return json.writeValueAsString(result);
    }

    private Map<String, Object> scoreEvents(JsonNode goldEvents, Extraction extraction, String text) {
        Map<String, Attribution> attributions = new LinkedHashMap<>();
        extraction.attributions().forEach(a -> attributions.put(a.id(), a));
        boolean[] used = new boolean[goldEvents.size()];
        Fields fields = new Fields("actor", "target", "place", "date", "attributedTo");
        List<String> spurious = new ArrayList<>();
        int matched = 0;
        for (Event event : extraction.events()) {
            int match = -1;
            for (int g = 0; g < goldEvents.size() && match < 0; g++) {
                JsonNode expected = goldEvents.get(g);
                Span sentence = span(expected.get("evidence"));
                boolean overlaps = event.evidence().overlaps(sentence) || event.trigger().overlaps(sentence);
                boolean typeAccepted = false;
                for (JsonNode type : expected.get("acceptTypes")) {
                    typeAccepted |= type.asString().equalsIgnoreCase(event.type());
                }
                String actor = value(expected, "actor");
                if (!used[g] && overlaps && typeAccepted && (actor == null || actor.equals(event.actor()))) {
                    match = g;
                }
            }
            if (match < 0) {
                spurious.add(event.id() + " " + event.type() + " " + event.actor() + " \""
                        + event.trigger().coveredText(text) + "\"");
                continue;
            }
            used[match] = true;
            matched++;
            JsonNode expected = goldEvents.get(match);
            Attribution attribution = event.attribution() == null ? null : attributions.get(event.attribution());
            fields.score("actor", value(expected, "actor"), event.actor());
            fields.score("target", value(expected, "target"), event.target());
            fields.score("place", value(expected, "place"), event.place());
            fields.score("date", value(expected, "date"), event.date());
            fields.score("attributedTo", value(expected, "attributedTo"),
                    attribution == null ? null : attribution.source());
        }
        List<String> missed = new ArrayList<>();
        for (int g = 0; g < goldEvents.size(); g++) {
            if (!used[g]) {
                missed.add(goldEvents.get(g).get("id").asString() + " \""
                        + goldEvents.get(g).get("trigger").get("text").asString() + "\"");
            }
        }
        return figures(matched, goldEvents.size(), extraction.events().size(), fields, missed, spurious);
    }

    private Map<String, Object> scoreAttributions(JsonNode goldAttributions, Extraction extraction, String text) {
        boolean[] used = new boolean[goldAttributions.size()];
        Fields fields = new Fields("source", "medium", "directQuote");
        List<String> spurious = new ArrayList<>();
        int matched = 0;
        for (Attribution attribution : extraction.attributions()) {
            int match = -1;
            for (int g = 0; g < goldAttributions.size() && match < 0; g++) {
                JsonNode expected = goldAttributions.get(g);
                if (!used[g] && attribution.cue().overlaps(span(expected.get("cue")))
                        && attribution.claim().overlaps(span(expected.get("claim")))) {
                    match = g;
                }
            }
            if (match < 0) {
                spurious.add(attribution.id() + " " + attribution.source() + " \""
                        + attribution.cue().coveredText(text) + "\"");
                continue;
            }
            used[match] = true;
            matched++;
            JsonNode expected = goldAttributions.get(match);
            fields.score("source", value(expected, "source"), attribution.source());
            fields.score("medium", value(expected, "medium"), attribution.medium());
            fields.score("directQuote", expected.get("directQuote").asString(),
                    Boolean.toString(attribution.directQuote()));
        }
        List<String> missed = new ArrayList<>();
        for (int g = 0; g < goldAttributions.size(); g++) {
            if (!used[g]) {
                missed.add(goldAttributions.get(g).get("id").asString() + " \""
                        + goldAttributions.get(g).get("cue").get("text").asString() + "\"");
            }
        }
        return figures(matched, goldAttributions.size(), extraction.attributions().size(), fields, missed, spurious);
    }

    private static Map<String, Object> figures(int matched, int total, int predicted, Fields fields,
            List<String> missed, List<String> spurious) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("matched", matched);
        out.put("total", total);
        out.put("predicted", predicted);
        out.put("precision", Scores.round(predicted == 0 ? 0 : (double) matched / predicted));
        out.put("recall", Scores.round(total == 0 ? 0 : (double) matched / total));
        out.putAll(fields.accuracy(matched));
        out.put("missed", missed);
        out.put("spurious", spurious);
        return out;
    }

    private static Span span(JsonNode node) {
        return new Span(node.get("start").asInt(), node.get("end").asInt());
    }

    private static @Nullable String value(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** Per field, how many matched items have it right. */
    private static final class Fields {
        private final Map<String, Integer> right = new LinkedHashMap<>();

        Fields(String... names) {
            for (String name : names) {
                right.put(name, 0);
            }
        }

        void score(String field, @Nullable String expected, @Nullable String actual) {
            boolean same = Objects.equals(expected == null ? null : expected.toLowerCase(Locale.ROOT),
                    actual == null ? null : actual.toLowerCase(Locale.ROOT));
            if (same) {
                right.merge(field, 1, Integer::sum);
            }
        }

        Map<String, Object> accuracy(int matched) {
            Map<String, Object> out = new LinkedHashMap<>();
            right.forEach((field, count) -> out.put(field, Scores.round(matched == 0 ? 0 : (double) count / matched)));
            return out;
        }
    }
}
