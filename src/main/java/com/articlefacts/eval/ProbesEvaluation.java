package com.articlefacts.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import com.articlefacts.extraction.Entity;
import com.articlefacts.extraction.EntityType;
import com.articlefacts.extraction.Event;
import com.articlefacts.extraction.Extraction;
import com.articlefacts.extraction.Extractor;
import com.articlefacts.extraction.FactLexicon;
import com.articlefacts.extraction.NameForms;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Short world-news stories, each with what a reader expects of it (the file's {@code about} says how): places,
 * people and organisations that must be found, names that must not be taken for people, keys that must not appear,
 * the events wanted (type family, actor, target, place, fatalities), that no violent event is found, and the source
 * of what is reported. A probe holds when every one of its checks does; each failed check is printed.
 */
final class ProbesEvaluation {

    private final Extractor extractor;
    private final FactLexicon lexicon;
    private final JsonMapper json = JsonMapper.builder().build();

    ProbesEvaluation(Extractor extractor, FactLexicon lexicon) {
        this.extractor = extractor;
        this.lexicon = lexicon;
    }

    String run(Path file, PrintStream out) throws IOException {
        JsonNode probes = json.readTree(Files.readAllBytes(file)).get("probes");
        if (probes == null || !probes.isArray()) {
            throw new IllegalArgumentException(file + " holds no \"probes\" array");
        }
        int held = 0;
        Map<String, Object> failures = new LinkedHashMap<>();
        for (JsonNode probe : probes) {
            String body = probe.get("body").asString();
            LocalDate publishedOn = probe.has("publishedOn") ? LocalDate.parse(probe.get("publishedOn").asString())
                    : null;
            List<String> failed = check(probe, extractor.extract(body, publishedOn));
            String id = probe.get("id").asString();
            out.printf("%-12s %s%n", id, failed.isEmpty() ? "holds" : "fails: " + String.join("; ", failed));
            if (failed.isEmpty()) {
                held++;
            } else {
                failures.put(id, failed);
            }
        }
        out.printf("probes: %d of %d hold%n", held, probes.size());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("probes", probes.size());
        result.put("held", held);
        result.put("extractorVersion", extractor.version());
        result.put("failures", failures);
        return json.writeValueAsString(result);
    }

    private List<String> check(JsonNode probe, Extraction extraction) {
        List<String> failed = new ArrayList<>();
        JsonNode entities = probe.path("entities");
        for (String part : strings(entities.path("noKeyContains"))) {
            extraction.entities().stream().filter(e -> fold(e.key()).contains(part)).findFirst()
                    .ifPresent(e -> failed.add("entity " + e.key() + " should not be found"));
        }
        for (String key : strings(entities.path("noKeys"))) {
            if (extraction.entities().stream().anyMatch(e -> fold(e.key()).equals(key))) {
                failed.add("entity " + key + " should not be found");
            }
        }
        expectEntities(extraction, strings(entities.path("place")), "place", e -> e.type().isPlace()
                || e.type() == EntityType.COUNTRY, failed);
        expectEntities(extraction, strings(entities.path("person")), "person", e -> e.type() == EntityType.PERSON,
                failed);
        expectEntities(extraction, strings(entities.path("organization")), "organization",
                e -> e.type() == EntityType.ORGANIZATION, failed);
        for (String name : strings(entities.path("notPerson"))) {
            extraction.entities().stream().filter(e -> e.type() == EntityType.PERSON && named(e, name)).findFirst()
                    .ifPresent(e -> failed.add(name + " typed PERSON (" + e.key() + ")"));
        }
        JsonNode events = probe.path("events");
        for (JsonNode want : events.path("want")) {
            if (extraction.events().stream().noneMatch(e -> matches(e, want, extraction))) {
                failed.add("no event " + want);
            }
        }
        if (events.path("noViolent").asBoolean(false)) {
            extraction.events().stream().filter(e -> lexicon.eventType(e.type()).violent()).findFirst()
                    .ifPresent(e -> failed.add("violent event " + e.type() + " from \""
                            + e.trigger().coveredText(probe.get("body").asString()) + "\""));
        }
        String source = events.path("attributionSource").asString(null);
        if (source != null && extraction.attributions().stream()
                .noneMatch(a -> names(extraction, a.source(), fold(source)))) {
            failed.add("no attribution to " + source + " (sources: " + extraction.attributions().stream()
                    .map(a -> a.source()).toList() + ")");
        }
        return failed;
    }

    private void expectEntities(Extraction extraction, List<String> names, String kind, Predicate<Entity> typed,
            List<String> failed) {
        for (String name : names) {
            boolean found = extraction.entities().stream().anyMatch(e -> typed.test(e) && named(e, name));
            if (!found) {
                failed.add(kind + " " + name + " not found");
            }
        }
    }

    /** Whether a form of the entity is the name or holds it as whole words: "henderson" is "Jordan Henderson". */
    private static boolean named(Entity entity, String name) {
        return formsOf(entity).anyMatch(form -> (" " + form + " ").contains(" " + name + " "));
    }

    private boolean matches(Event event, JsonNode want, Extraction extraction) {
        boolean typed = strings(want.path("type")).stream().anyMatch(t -> fold(event.type()).contains(fold(t)));
        return typed && role(extraction, event.actor(), want.path("actor"))
                && role(extraction, event.target(), want.path("target"))
                && role(extraction, event.place(), want.path("place"))
                && (!want.has("fatalities") || fatalities(event) == want.get("fatalities").asInt());
    }

    private boolean role(Extraction extraction, @Nullable String key, JsonNode wanted) {
        return wanted.isMissingNode() || (key != null && names(extraction, key, fold(wanted.asString())));
    }

    private static int fatalities(Event event) {
        return event.casualties().stream().filter(c -> c.kind().equals(Event.Casualty.KILLED) && c.count() != null)
                .mapToInt(Event.Casualty::count).sum();
    }

    /** Whether the key, or the entity it is, has a form holding the wanted words. */
    private static boolean names(Extraction extraction, String key, String wanted) {
        if (fold(key).contains(wanted)) {
            return true;
        }
        return extraction.entities().stream().filter(e -> e.key().equals(key))
                .anyMatch(e -> formsOf(e).anyMatch(form -> form.contains(wanted)));
    }

    private static Stream<String> formsOf(Entity entity) {
        return Stream.concat(Stream.of(entity.key(), entity.label(), entity.name()), entity.aliases().stream())
                .map(ProbesEvaluation::fold);
    }

    private static List<String> strings(JsonNode node) {
        if (node.isString()) {
            return List.of(fold(node.asString()));
        }
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(value -> values.add(fold(value.asString())));
        }
        return values;
    }

    /** The name as names are compared everywhere: no case, no accents, no "the" or "al-" ("Génova" is "genova"). */
    private static String fold(String value) {
        return NameForms.normalize(value);
    }
}
