package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The world gazetteer ({@code kb/world.json}, generated from public data by {@code tools/world-kb}): every country
 * with its names, demonym and centre, and cities with coordinates and population. Read into knowledge-base entries
 * that {@link KnowledgeBase} merges with the curated ones: a curated entry of the same kind that shares a name keeps
 * its key and gains the gazetteer's coordinates.
 */
final class World {

    static final String RESOURCE = "kb/world.json";

    private record Country(String name, List<String> aliases, @Nullable String demonym, String iso2,
            boolean independent, @Nullable Double latitude, @Nullable Double longitude) {
    }

    private record File(List<Country> countries, List<List<Object>> cities) {
    }

    private World() {
    }

    static File read(byte[] bytes) {
        return JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build()
                .readValue(bytes, File.class);
    }

    /**
     * The curated entries enriched by the gazetteer, followed by the gazetteer's entries that match none of them.
     *
     * @param countryNouns what, after a demonym, describes a country's state ("Ukrainian forces")
     */
    static List<KbEntry> merge(List<KbEntry> curated, byte[] worldBytes, List<String> countryNouns) {
        File world = read(worldBytes);
        Merger merger = new Merger(curated);
        Map<String, String> countryKeys = new HashMap<>();
        for (Country country : world.countries()) {
            List<String> demonyms = country.demonym() == null ? List.of()
                    : List.of(country.demonym().split(",\\s*"));
            String key = Slug.of(country.name());
            KbEntry entry = new KbEntry(key, country.name(), country.name(), EntityType.COUNTRY,
                    null, key, country.aliases(), List.of(), demonyms, countryNouns, demonyms,
                    country.latitude(), country.longitude(), null, null, true, false, false);
            countryKeys.put(country.iso2(), merger.add(entry, country.iso2()));
        }
        for (List<Object> row : world.cities()) {
            String name = (String) row.get(0);
            String iso2 = (String) row.get(1);
            String countryKey = countryKeys.get(iso2);
            boolean capital = ((Number) row.get(5)).intValue() == 1;
            List<String> aliases = new ArrayList<>();
            aliases.add(name);
            for (Object alias : (List<?>) row.get(6)) {
                aliases.add((String) alias);
            }
            KbEntry entry = new KbEntry(Slug.of(name), name, name, EntityType.CITY, null, countryKey, aliases,
                    List.of(), List.of(), List.of(), List.of(), ((Number) row.get(2)).doubleValue(),
                    ((Number) row.get(3)).doubleValue(), ((Number) row.get(4)).longValue(),
                    capital ? countryKey : null, true, false, false);
            merger.add(entry, iso2);
        }
        return merger.entries();
    }

    /** Adds gazetteer entries, merging each into the curated entry of its kind that shares one of its names. */
    private static final class Merger {
        private final Map<String, KbEntry> byKey = new java.util.LinkedHashMap<>();
        private final Map<String, List<String>> curatedByName = new HashMap<>();
        private final Set<String> curatedKeys = new HashSet<>();

        Merger(List<KbEntry> curated) {
            for (KbEntry entry : curated) {
                byKey.put(entry.key(), entry);
                curatedKeys.add(entry.key());
                for (String alias : entry.aliases()) {
                    curatedByName.computeIfAbsent(NameForms.normalize(alias), n -> new ArrayList<>())
                            .add(entry.key());
                }
            }
        }

        /** @return the key the entry is stored under */
        String add(KbEntry entry, String iso2) {
            String same = curatedMatch(entry);
            if (same != null) {
                KbEntry merged = byKey.get(same).enrichedBy(entry);
                byKey.put(same, merged);
                return same;
            }
            String key = entry.key();
            if (byKey.containsKey(key)) {
                key = key + "-" + Slug.of(iso2);
            }
            for (int n = 2; byKey.containsKey(key); n++) {
                key = entry.key() + "-" + Slug.of(iso2) + "-" + n;
            }
            byKey.put(key, key.equals(entry.key()) ? entry : withKey(entry, key));
            return key;
        }

        private @Nullable String curatedMatch(KbEntry entry) {
            for (String alias : entry.aliases()) {
                for (String key : curatedByName.getOrDefault(NameForms.normalize(alias), List.of())) {
                    KbEntry curated = byKey.get(key);
                    boolean sameCountry = entry.type() == EntityType.COUNTRY || curated.country() == null
                            || entry.country() == null || curated.country().equals(entry.country());
                    if (curatedKeys.contains(key) && curated.type() == entry.type() && sameCountry) {
                        return key;
                    }
                }
            }
            return null;
        }

        private static KbEntry withKey(KbEntry entry, String key) {
            String capitalOf = entry.capitalOf();
            return new KbEntry(key, entry.label(), entry.name(), entry.type(), entry.wikipedia(),
                    entry.type() == EntityType.COUNTRY ? key : entry.country(), entry.aliases(), entry.acronyms(),
                    entry.adjectives(), entry.nouns(), entry.modifiers(), entry.latitude(), entry.longitude(),
                    entry.population(), capitalOf, entry.gazetteer(), entry.transliterated(), entry.armed());
        }

        List<KbEntry> entries() {
            return List.copyOf(byKey.values());
        }
    }
}
