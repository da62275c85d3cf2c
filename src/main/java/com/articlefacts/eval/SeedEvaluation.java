package com.articlefacts.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.articlefacts.article.ArticleLayoutParser;
import com.articlefacts.article.ParsedArticle;
import com.articlefacts.extraction.Entity;
import com.articlefacts.extraction.EntityMention;
import com.articlefacts.extraction.Extraction;
import com.articlefacts.extraction.Extractor;
import com.articlefacts.extraction.Span;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Entities and mentions against the seed's hand-checked answers. A required entity is found when an entity with its
 * key and type has a mention overlapping one of its gold mentions. A predicted mention is right when it overlaps an
 * unused gold mention of the same entity key.
 */
final class SeedEvaluation {

    private final Extractor extractor;
    private final JsonMapper json = JsonMapper.builder().build();

    SeedEvaluation(Extractor extractor) {
        this.extractor = extractor;
    }

    String run(Path goldFile, PrintStream out) throws IOException {
        JsonNode gold = json.readTree(Files.readAllBytes(goldFile));
        Path articleFile = locate(goldFile, gold.get("article").asString());
        ParsedArticle article = new ArticleLayoutParser().parse(Files.readAllBytes(articleFile));
        Extraction extraction = extractor.extract(article.text(), article.publishedOn());
        String text = article.text();

        List<GoldMention> goldMentions = new ArrayList<>();
        for (JsonNode entity : gold.get("entities")) {
            for (JsonNode mention : entity.get("mentions")) {
                goldMentions.add(new GoldMention(entity.get("key").asString(),
                        new Span(mention.get("start").asInt(), mention.get("end").asInt())));
            }
        }
        boolean[] used = new boolean[goldMentions.size()];
        Scores mentions = new Scores();
        List<Map<String, Object>> spurious = new ArrayList<>();
        for (EntityMention predicted : extraction.mentions()) {
            int match = -1;
            for (int g = 0; g < goldMentions.size() && match < 0; g++) {
                GoldMention candidate = goldMentions.get(g);
                if (!used[g] && candidate.key.equals(predicted.entityKey()) && candidate.span.overlaps(predicted.span())) {
                    match = g;
                }
            }
            if (match >= 0) {
                used[match] = true;
                mentions.tp++;
            } else {
                mentions.fp++;
                spurious.add(item(predicted.entityKey(), predicted.span(), text));
            }
        }
        List<Map<String, Object>> missed = new ArrayList<>();
        for (int g = 0; g < goldMentions.size(); g++) {
            if (!used[g]) {
                mentions.fn++;
                missed.add(item(goldMentions.get(g).key, goldMentions.get(g).span, text));
            }
        }

        int requiredTotal = 0;
        int requiredFound = 0;
        List<String> missedRequired = new ArrayList<>();
        for (JsonNode entity : gold.get("entities")) {
            if (!entity.get("required").asBoolean()) {
                continue;
            }
            requiredTotal++;
            String key = entity.get("key").asString();
            String type = entity.get("type").asString();
            boolean found = extraction.entities().stream()
                    .anyMatch(e -> e.key().equals(key) && e.type().name().equals(type)) && hasMatchedMention(
                    key, goldMentions, used);
            if (found) {
                requiredFound++;
            } else {
                missedRequired.add(key + " (" + type + ")" + describe(extraction, key));
            }
        }

        out.println("Entities found in " + articleFile.getFileName() + " (extractor " + extraction.version() + "):");
        for (Entity entity : extraction.entities()) {
            long count = extraction.mentions().stream().filter(m -> m.entityKey().equals(entity.key())).count();
            out.printf("  %-28s %-18s %2d  %s%n", entity.key(), entity.type(), count, entity.name());
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("article", articleFile.getFileName().toString());
        result.put("extractorVersion", extraction.version());
        result.put("requiredFound", requiredFound);
        result.put("requiredTotal", requiredTotal);
        result.put("mentions", mentions.figures(true));
        result.put("missedRequired", missedRequired);
        result.put("missed", missed);
        result.put("spurious", spurious);
        return json.writeValueAsString(result);
    }

    private static boolean hasMatchedMention(String key, List<GoldMention> gold, boolean[] used) {
        for (int g = 0; g < gold.size(); g++) {
            if (used[g] && gold.get(g).key.equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Extraction extraction, String key) {
        return extraction.entities().stream().filter(e -> e.key().equals(key)).findFirst()
                .map(e -> ": extracted as " + e.type()).orElse(": not extracted");
    }

    private static Map<String, Object> item(String key, Span span, String text) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("key", key);
        item.put("start", span.begin());
        item.put("end", span.end());
        item.put("text", span.coveredText(text));
        return item;
    }

    /** The article beside the gold ({@code ../seeds/NAME}), else in the working directory's {@code seeds/}. */
    static Path locate(Path goldFile, String name) throws IOException {
        Path dir = goldFile.toAbsolutePath().getParent();
        List<Path> candidates = new ArrayList<>();
        if (dir != null && dir.getParent() != null) {
            candidates.add(dir.getParent().resolve("seeds").resolve(name));
        }
        candidates.add(Path.of("seeds", name));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IOException("the article " + name + " is in none of " + candidates);
    }

    private record GoldMention(String key, Span span) {
    }
}
