package com.articlefacts.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.articlefacts.extraction.EntityMention;
import com.articlefacts.extraction.Event;
import com.articlefacts.extraction.Extraction;
import com.articlefacts.extraction.Extractor;
import com.articlefacts.extraction.FactLexicon;
import com.articlefacts.extraction.Sentence;
import com.articlefacts.extraction.Span;

/**
 * Events against re3d's relations (JSON lines of {@code text} and {@code relations}, each with a type and source
 * and target spans). A gold FightingAgainst is found by a violent event whose actor overlaps the relation's source
 * and whose target overlaps its target (either way round for an armed clash); CommWith by a meeting, negotiation,
 * agreement, demand, threat, accusation or visit between the two, either way round; AlliesOf by a support event,
 * either way round. An event's side overlaps a span when a mention of its entity does, or the words that name it in
 * the event's sentence do. Recall counts the gold relations found; precision counts our events with an actor and a
 * target that match a gold relation of their kind (re3d does not annotate every relation, so precision is a lower
 * bound). The baseline, scored in the same run: every pair of entity mentions of one sentence holding a trigger word
 * of the kind, either way round.
 */
final class RelationsEvaluation {

    /** Which of our event types state each re3d relation. */
    private static final Map<String, Set<String>> COMMUNICATION_AND_ALLIANCE = Map.of(
            "CommWith", Set.of("MEETING", "NEGOTIATION", "AGREEMENT", "DEMAND", "THREAT", "ACCUSATION", "ARRIVAL"),
            "AlliesOf", Set.of("SUPPORT"));
    private static final String FIGHTING = "FightingAgainst";
    private static final double MIN_CONFIDENCE = 0.5;

    private final Extractor extractor;
    private final Map<String, Set<String>> typesByRelation = new LinkedHashMap<>();
    private final Map<String, Pattern> triggerWords = new LinkedHashMap<>();
    private final JsonMapper json = JsonMapper.builder().build();

    private final boolean listErrors;
    private final boolean listRules;
    private final RuleScores rules;

    RelationsEvaluation(Extractor extractor, FactLexicon lexicon, boolean listErrors, boolean listRules) {
        this.extractor = extractor;
        this.listErrors = listErrors;
        this.listRules = listRules;
        typesByRelation.put(FIGHTING, lexicon.eventTypes().entrySet().stream().filter(e -> e.getValue().violent())
                .map(Map.Entry::getKey).collect(Collectors.toSet()));
        typesByRelation.putAll(COMMUNICATION_AND_ALLIANCE);
        this.rules = new RuleScores(typesByRelation);
        typesByRelation.forEach((relation, types) -> triggerWords.put(relation, Pattern.compile(
                "\\b(" + String.join("|", lexicon.triggerLemmas(types)) + ")\\w*\\b", Pattern.CASE_INSENSITIVE)));
    }

    private record Relation(String type, Span source, Span target) {
    }

    private record Pair(Span first, Span second) {
    }

    String run(Path file, PrintStream out) throws IOException {
        Map<String, Scores> ours = new LinkedHashMap<>();
        Map<String, Scores> baseline = new LinkedHashMap<>();
        Map<String, Map<String, Scores>> bySource = new TreeMap<>();
        typesByRelation.keySet().forEach(type -> {
            ours.put(type, new Scores());
            baseline.put(type, new Scores());
        });
        int docs = JsonLines.forEach(file, doc -> {
            String text = doc.get("text").asString();
            List<Relation> gold = gold(doc);
            Extraction extraction = extractor.extract(text, null);
            String source = doc.has("source") ? doc.get("source").asString() : "(no source)";
            for (String type : typesByRelation.keySet()) {
                List<Relation> wanted = gold.stream().filter(r -> r.type.equals(type)).toList();
                scoreOurs(type, wanted, extraction, ours.get(type));
                scoreOurs(type, wanted, extraction, bySource.computeIfAbsent(source, k -> new LinkedHashMap<>())
                        .computeIfAbsent(type, k -> new Scores()));
                rules.score(type, extraction, e -> matchesAny(e, wanted, extraction));
                if (listErrors) {
                    listErrors(out, type, wanted, extraction, text);
                }
                scoreBaseline(type, wanted, extraction, text, baseline.get(type));
            }
        });
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("docs", docs);
        result.put("extractorVersion", extractor.version());
        result.put("note", "re3d does not annotate every relation: precision is a lower bound");
        Map<String, Object> byType = new LinkedHashMap<>();
        for (String type : typesByRelation.keySet()) {
            byType.put(type, Map.of("ours", ours.get(type).figures(true), "baseline", baseline.get(type).figures(true)));
            out.printf("%s: recall %.3f, precision %.3f, F1 %.3f (baseline: recall %.3f, precision %.3f, F1 %.3f)%n",
                    type, ours.get(type).recall(), ours.get(type).precision(), ours.get(type).f1(),
                    baseline.get(type).recall(), baseline.get(type).precision(), baseline.get(type).f1());
        }
        result.put("byType", byType);
        Map<String, Object> sources = new LinkedHashMap<>();
        bySource.forEach((source, scores) -> {
            Map<String, Object> figures = new LinkedHashMap<>();
            scores.forEach((type, score) -> figures.put(type, score.figures(true)));
            sources.put(source, figures);
            out.printf("  %-42s %s%n", source, scores.entrySet().stream().map(e -> String.format(
                    "%s R %.3f P %.3f F1 %.3f", e.getKey(), e.getValue().recall(), e.getValue().precision(),
                    e.getValue().f1())).collect(Collectors.joining(" | ")));
        });
        result.put("bySource", sources);
        if (listRules) {
            result.put("byRule", rules.print(out));
        }
        out.printf("relations: %d documents; precision is a lower bound (re3d does not annotate every relation)%n",
                docs);
        return json.writeValueAsString(result);
    }

    private void scoreOurs(String type, List<Relation> gold, Extraction extraction, Scores scores) {
        Set<String> types = typesByRelation.get(type);
        List<Event> events = extraction.events().stream().filter(e -> types.contains(e.type())).toList();
        for (Relation relation : gold) {
            boolean found = events.stream().anyMatch(e -> matches(e, relation, extraction));
            if (found) {
                scores.tp++;
            } else {
                scores.fn++;
            }
        }
        for (Event event : events) {
            if (states(event) && gold.stream().noneMatch(r -> matches(event, r, extraction))) {
                scores.fp++;
            }
        }
    }

    /** With --errors: each gold relation missed and each of our events that matches none, one line each. */
    private void listErrors(PrintStream out, String type, List<Relation> gold, Extraction extraction, String text) {
        Set<String> types = typesByRelation.get(type);
        List<Event> events = extraction.events().stream().filter(e -> types.contains(e.type())).toList();
        for (Relation relation : gold) {
            if (events.stream().noneMatch(e -> matches(e, relation, extraction))) {
                out.printf("missed %s: \"%s\" -> \"%s\"%n", type, relation.source.coveredText(text),
                        relation.target.coveredText(text));
            }
        }
        for (Event event : events) {
            if (states(event) && gold.stream().noneMatch(r -> matches(event, r, extraction))) {
                out.printf("spurious %s: %s %s -> %s \"%s\"%n", type, event.type(), event.actor(), event.target(),
                        event.trigger().coveredText(text));
            }
        }
    }

    /** Whether the event names both sides, entity or not: only such an event can be a relation. */
    static boolean states(Event event) {
        return (event.actor() != null || event.actorPhrase() != null)
                && (event.target() != null || event.targetPhrase() != null);
    }

    private boolean matchesAny(Event event, List<Relation> gold, Extraction extraction) {
        return gold.stream().anyMatch(r -> matches(event, r, extraction));
    }

    private boolean matches(Event event, Relation relation, Extraction extraction) {
        boolean forward = side(event.actor(), event.actorPhrase(), relation.source, extraction)
                && side(event.target(), event.targetPhrase(), relation.target, extraction);
        if (forward) {
            return true;
        }
        boolean eitherWay = !relation.type.equals(FIGHTING) || event.type().equals("ARMED_CLASH");
        return eitherWay && side(event.actor(), event.actorPhrase(), relation.target, extraction)
                && side(event.target(), event.targetPhrase(), relation.source, extraction);
    }

    private static boolean side(@Nullable String entity, @Nullable Span phrase, Span gold, Extraction extraction) {
        if (phrase != null && phrase.overlaps(gold)) {
            return true;
        }
        return entity != null && extraction.mentions().stream()
                .anyMatch(m -> m.entityKey().equals(entity) && m.span().overlaps(gold));
    }

    private void scoreBaseline(String type, List<Relation> gold, Extraction extraction, String text, Scores scores) {
        List<Pair> pairs = new ArrayList<>();
        for (Sentence sentence : extraction.sentences()) {
            if (!triggerWords.get(type).matcher(sentence.span().coveredText(text)).find()) {
                continue;
            }
            List<EntityMention> inside = extraction.mentions().stream()
                    .filter(m -> sentence.span().contains(m.span())).toList();
            for (int i = 0; i < inside.size(); i++) {
                for (int j = i + 1; j < inside.size(); j++) {
                    pairs.add(new Pair(inside.get(i).span(), inside.get(j).span()));
                }
            }
        }
        for (Relation relation : gold) {
            if (pairs.stream().anyMatch(p -> covers(p, relation))) {
                scores.tp++;
            } else {
                scores.fn++;
            }
        }
        for (Pair pair : pairs) {
            if (gold.stream().noneMatch(r -> covers(pair, r))) {
                scores.fp++;
            }
        }
    }

    private static boolean covers(Pair pair, Relation relation) {
        return (pair.first.overlaps(relation.source) && pair.second.overlaps(relation.target))
                || (pair.first.overlaps(relation.target) && pair.second.overlaps(relation.source));
    }

    private List<Relation> gold(JsonNode doc) {
        List<Relation> relations = new ArrayList<>();
        JsonNode all = doc.get("relations");
        if (all == null) {
            return relations;
        }
        for (JsonNode relation : all) {
            String type = relation.get("type").asString();
            JsonNode confidence = relation.get("confidence");
            if (!typesByRelation.containsKey(type) || (confidence != null && confidence.asDouble() < MIN_CONFIDENCE)) {
                continue;
            }
            relations.add(new Relation(type, span(relation.get("source")), span(relation.get("target"))));
        }
        return relations;
    }

    private static Span span(JsonNode node) {
        return new Span(node.get("begin").asInt(), node.get("end").asInt());
    }
}
