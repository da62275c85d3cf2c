package com.articlefacts.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The closed word lists the stages read ({@code kb/words.json}): pronouns, facility nouns, prepositions of place and
 * the like. Data rather than code, so they are hashed into the extractor version with the rest of {@code kb/}.
 */
public final class Words {

    static final String RESOURCE = "kb/words.json";

    private final Map<String, Set<String>> lists;
    private final String sha256;

    Words(Map<String, Set<String>> lists, String sha256) {
        this.lists = Map.copyOf(lists);
        this.sha256 = sha256;
    }

    public static Words load() {
        byte[] bytes = DataFiles.read(RESOURCE);
        JsonNode root = JsonMapper.builder().build().readTree(bytes);
        Map<String, Set<String>> lists = new java.util.HashMap<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (field.getValue().isArray()) {
                lists.put(field.getKey(), field.getValue().valueStream()
                        .map(word -> word.asString().toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet()));
            }
        }
        return new Words(lists, DataFiles.sha256(bytes));
    }

    /** @throws IllegalArgumentException when the data file has no such list, so a typo fails at startup */
    public Set<String> list(String name) {
        Set<String> words = lists.get(name);
        if (words == null) {
            throw new IllegalArgumentException("kb/words.json has no list '" + name + "'");
        }
        return words;
    }

    public boolean contains(String list, String word) {
        return list(list).contains(word.toLowerCase(Locale.ROOT));
    }

    /** Multi-word entries of a list, as word sequences, longest first. */
    List<List<String>> phrases(String name) {
        return list(name).stream().map(KnowledgeBase::words)
                .sorted((a, b) -> Integer.compare(b.size(), a.size())).toList();
    }

    String sha256() {
        return sha256;
    }
}
