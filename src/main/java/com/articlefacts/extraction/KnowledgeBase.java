package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The curated actors and places ({@code kb/knowledge-base.json}) merged with the world gazetteer
 * ({@code kb/world.json}), indexed for linking: names by normalized form, transliterated names by consonant skeleton,
 * acronyms exactly, and the words of descriptions; with the word lists of {@code kb/words.json}.
 */
public final class KnowledgeBase {

    public static final String RESOURCE = "kb/knowledge-base.json";

    private final String sha256;
    private final Words words;
    private final OrganisationNames organisations;
    private final Supplier<List<KbEntry>> source;
    private volatile @Nullable Index index;

    /**
     * A description's first word indexes it; the rest of its adjective and its nouns complete it.
     *
     * @param proper whether the adjective is a proper one ("Russian", "US-led"), which names its own country
     */
    record Descriptor(KbEntry entry, List<String> adjective, boolean proper) {
    }

    private record Named(String normalized, KbEntry entry) {
    }

    /** The curated file: its entries, and the nouns that after any country's demonym describe its state. */
    private record File(List<KbEntry> entries, List<String> countryNouns) {
    }

    private KnowledgeBase(Supplier<List<KbEntry>> source, Words words, OrganisationNames organisations,
            String sha256) {
        this.source = source;
        this.words = words;
        this.organisations = organisations;
        this.sha256 = sha256;
    }

    /**
     * Reads the data files and hashes them now (milliseconds), and indexes their 25,000 entries on first use (about
     * a second and 100 MB): a process with nothing to extract never pays for the index.
     */
    public static KnowledgeBase load() {
        byte[] bytes = DataFiles.read(RESOURCE);
        byte[] world = DataFiles.read(World.RESOURCE);
        Words words = Words.load();
        OrganisationNames organisations = OrganisationNames.load();
        Supplier<List<KbEntry>> entries = () -> {
            File file = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build()
                    .readValue(bytes, File.class);
            return World.merge(file.entries(), world, file.countryNouns());
        };
        return new KnowledgeBase(entries, words, organisations, DataFiles.sha256(bytes, world,
                words.sha256().getBytes(java.nio.charset.StandardCharsets.UTF_8), organisations.bytes()));
    }

    private Index index() {
        Index built = index;
        if (built == null) {
            synchronized (this) {
                built = index;
                if (built == null) {
                    built = new Index(source.get());
                    index = built;
                }
            }
        }
        return built;
    }

    /** The entries by key, name, skeleton, acronym and descriptive word. */
    private static final class Index {
        private final Map<String, KbEntry> byKey = new LinkedHashMap<>();
        private final Map<String, List<KbEntry>> byName = new HashMap<>();
        private final Map<String, List<Named>> bySkeleton = new HashMap<>();
        private final Map<String, KbEntry> byAcronym = new HashMap<>();
        private final Map<String, List<Descriptor>> byAdjectiveStart = new HashMap<>();
        private final Map<String, List<KbEntry>> byModifier = new HashMap<>();
        private int longestName;

        Index(List<KbEntry> entries) {
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
                    List<String> adjectiveWords = words(adjective);
                    byAdjectiveStart.computeIfAbsent(adjectiveWords.get(0), w -> new ArrayList<>())
                            .add(new Descriptor(entry, adjectiveWords, isProper(adjective)));
                }
                for (String modifier : entry.modifiers()) {
                    byModifier.computeIfAbsent(modifier.toLowerCase(Locale.ROOT), w -> new ArrayList<>()).add(entry);
                }
            }
        }

        private void indexName(String alias, KbEntry entry) {
            String normalized = NameForms.normalize(alias);
            if (normalized.isEmpty()) {
                return;
            }
            List<KbEntry> named = byName.computeIfAbsent(normalized, n -> new ArrayList<>());
            if (!named.contains(entry)) {
                named.add(entry);
            }
            if (entry.transliterated()) {
                bySkeleton.computeIfAbsent(NameForms.skeleton(normalized), s -> new ArrayList<>())
                        .add(new Named(normalized, entry));
            }
            if (!entry.gazetteer()) {
                longestName = Math.max(longestName, alias.trim().split("[\\s-]+").length + 1);
            }
        }
    }

    /** The closed word lists that go with the knowledge base (pronouns, facility nouns, ...). */
    public Words words() {
        return words;
    }

    /** Whether these exact words most likely name an organisation, by Wikipedia's links. */
    boolean namesOrganisation(String name) {
        return organisations.contains(name);
    }

    public String sha256() {
        return sha256;
    }

    public List<KbEntry> entries() {
        return List.copyOf(index().byKey.values());
    }

    public Optional<KbEntry> entry(String key) {
        return Optional.ofNullable(index().byKey.get(key));
    }

    int longestName() {
        return index().longestName;
    }

    /** The first entry with exactly this name once normalized: a curated one, else the most populous place. */
    @Nullable KbEntry exact(String text) {
        List<KbEntry> named = named(text);
        return named.isEmpty() ? null : named.get(0);
    }

    /** Every entry with exactly this name once normalized, curated ones first, then by population. */
    List<KbEntry> named(String text) {
        return index().byName.getOrDefault(NameForms.normalize(text), List.of());
    }

    /** The transliterated entry whose name is a variant of this one (same skeleton, few edits). */
    @Nullable KbEntry similar(String text) {
        String normalized = NameForms.normalize(text);
        if (normalized.replace(" ", "").length() < 5) {
            return null;
        }
        for (Named named : index().bySkeleton.getOrDefault(NameForms.skeleton(normalized), List.of())) {
            if (NameForms.similar(normalized, named.normalized())) {
                return named.entry();
            }
        }
        return null;
    }

    @Nullable KbEntry acronym(String word) {
        return index().byAcronym.get(word);
    }

    List<Descriptor> descriptorsStartingWith(String word) {
        return index().byAdjectiveStart.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
    }

    List<KbEntry> modifiedBy(String word) {
        return index().byModifier.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
    }

    /** A proper adjective ("Russian", "US-led") is written with a capital. */
    private static boolean isProper(String adjective) {
        return !adjective.equals(adjective.toLowerCase(Locale.ROOT));
    }

    static List<String> words(String phrase) {
        return List.of(phrase.toLowerCase(Locale.ROOT).trim().split("\\s+"));
    }
}
