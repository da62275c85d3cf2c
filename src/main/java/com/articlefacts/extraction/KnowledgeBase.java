package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

/**
 * The curated actors and places ({@code kb/knowledge-base.json}), indexed for linking: names by normalized form and
 * by consonant skeleton, acronyms exactly, and the words of descriptions.
 */
public final class KnowledgeBase {

    public static final String RESOURCE = "kb/knowledge-base.json";

    private final Map<String, KbEntry> byKey = new LinkedHashMap<>();
    private final Map<String, KbEntry> byName = new HashMap<>();
    private final Map<String, List<Named>> bySkeleton = new HashMap<>();
    private final Map<String, KbEntry> byAcronym = new HashMap<>();
    private final Map<String, List<Descriptor>> byAdjectiveStart = new HashMap<>();
    private final Map<String, List<KbEntry>> byModifier = new HashMap<>();
    private final String sha256;
    private int longestName;

    /** A description's first word indexes it; the rest of its adjective and its nouns complete it. */
    record Descriptor(KbEntry entry, List<String> adjective) {
    }

    private record Named(String normalized, KbEntry entry) {
    }

    private record File(List<KbEntry> entries) {
    }

    KnowledgeBase(List<KbEntry> entries, String sha256) {
        this.sha256 = sha256;
        for (KbEntry entry : entries) {
            if (byKey.putIfAbsent(entry.key(), entry) != null) {
                throw new IllegalArgumentException("duplicate knowledge-base key " + entry.key());
            }
            for (String alias : entry.aliases()) {
                indexName(alias, entry);
            }
            for (String acronym : entry.acronyms()) {
                byAcronym.putIfAbsent(acronym, entry);
            }
            for (String adjective : entry.adjectives()) {
                List<String> words = words(adjective);
                byAdjectiveStart.computeIfAbsent(words.get(0), w -> new ArrayList<>())
                        .add(new Descriptor(entry, words));
            }
            for (String modifier : entry.modifiers()) {
                byModifier.computeIfAbsent(modifier.toLowerCase(Locale.ROOT), w -> new ArrayList<>()).add(entry);
            }
        }
    }

    public static KnowledgeBase load() {
        byte[] bytes = DataFiles.read(RESOURCE);
        File file = JsonMapper.builder().build().readValue(bytes, File.class);
        return new KnowledgeBase(file.entries(), DataFiles.sha256(bytes));
    }

    public String sha256() {
        return sha256;
    }

    public List<KbEntry> entries() {
        return List.copyOf(byKey.values());
    }

    public Optional<KbEntry> entry(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    int longestName() {
        return longestName;
    }

    /** The entry with exactly this name once normalized. */
    @Nullable KbEntry exact(String text) {
        return byName.get(NameForms.normalize(text));
    }

    /** The entry whose name is a transliteration variant of this one (same skeleton, few edits). */
    @Nullable KbEntry similar(String text) {
        String normalized = NameForms.normalize(text);
        if (normalized.replace(" ", "").length() < 5) {
            return null;
        }
        for (Named named : bySkeleton.getOrDefault(NameForms.skeleton(normalized), List.of())) {
            if (NameForms.similar(normalized, named.normalized())) {
                return named.entry();
            }
        }
        return null;
    }

    /** Whether the word is an adjective or modifier the knowledge base uses in descriptions ("Iraqi"). */
    boolean isDescriptiveWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return byModifier.containsKey(lower) || byAdjectiveStart.containsKey(lower);
    }

    @Nullable KbEntry acronym(String word) {
        return byAcronym.get(word);
    }

    List<Descriptor> descriptorsStartingWith(String word) {
        return byAdjectiveStart.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
    }

    List<KbEntry> modifiedBy(String word) {
        return byModifier.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
    }

    static List<String> words(String phrase) {
        return List.of(phrase.toLowerCase(Locale.ROOT).trim().split("\\s+"));
    }

    private void indexName(String alias, KbEntry entry) {
        String normalized = NameForms.normalize(alias);
        if (normalized.isEmpty()) {
            return;
        }
        byName.putIfAbsent(normalized, entry);
        bySkeleton.computeIfAbsent(NameForms.skeleton(normalized), s -> new ArrayList<>())
                .add(new Named(normalized, entry));
        longestName = Math.max(longestName, alias.trim().split("[\\s-]+").length + 1);
    }
}
