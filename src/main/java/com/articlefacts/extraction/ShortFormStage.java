package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * In-document coreference of short forms: a person's surname alone ("Masum" after "Fuad Masum"), an organisation's
 * acronym ("SOHR" after "Syrian Observatory for Human Rights") and its short name refer to the full name's entity. A
 * short name is what news writes once the full name is given: a company without its legal form ("Mercantile" after
 * "Mercantile Bancorp Inc."), a club without its home town ("Real" after "Real Madrid", "Marlins" after "Florida
 * Marlins"). A separate entity the recogniser made of the short form (often a person: it reads "Deportivo" as a
 * name) is merged into it; a short form two entities share is none. Requires {@link Layers#TOKENS},
 * {@link Layers#ENTITIES} and {@link Layers#MENTIONS}; provides the last two.
 */
public final class ShortFormStage implements Stage {

    /** Shorter short names are too often words of their own ("AG", "Co"). */
    private static final int MIN_SHORT_NAME = 3;

    private final KnowledgeBase kb;
    private final Words words;

    public ShortFormStage(KnowledgeBase kb) {
        this.kb = kb;
        this.words = kb.words();
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.ENTITIES, Layers.MENTIONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.ENTITIES, Layers.MENTIONS);
    }

    @Override
    public Document apply(Document doc) {
        Map<String, Entity> entities = new HashMap<>(doc.get(Layers.ENTITIES));
        Set<String> shortNames = new java.util.HashSet<>();
        Map<String, String> shortForms = shortForms(entities.values(), shortNames);
        Map<String, String> merged = new HashMap<>();
        for (Entity entity : entities.values()) {
            String target = shortForms.get(entity.name());
            if (!entity.linked() && target != null && !target.equals(entity.key())) {
                merged.put(entity.key(), target);
            }
        }
        List<EntityMention> mentions = new ArrayList<>();
        for (EntityMention mention : doc.get(Layers.MENTIONS)) {
            String target = merged.get(mention.entityKey());
            mentions.add(target == null ? mention
                    : new EntityMention(mention.span(), target, mention.nominal(), EntityMention.Source.SHORT_FORM));
        }
        merged.keySet().forEach(entities::remove);
        NameLinkingStage.Mentions found = new NameLinkingStage.Mentions(doc.text(), mentions, entities);
        Map<String, String> inCapitals = wordsInCapitals(shortForms, shortNames, entities);
        Headlines headlines = new Headlines(doc.text());
        for (Token token : doc.get(Layers.TOKENS)) {
            boolean headline = headlines.contains(token.span());
            String target = headline ? inCapitals.get(token.word().toUpperCase(Locale.ROOT))
                    : shortForms.get(token.word());
            // The tagger often reads a club's short name as an adjective ("for Real with a shot"): its capital and
            // the full name in the same document are the evidence.
            boolean name = headline || token.isProperNoun() || shortNames.contains(token.word());
            if (target != null && name && !found.overlapsAny(token.span())) {
                found.add(new EntityMention(token.span(), target, false, EntityMention.Source.SHORT_FORM),
                        entities.get(target));
            }
        }
        return doc.with(Layers.ENTITIES, Map.copyOf(found.entities())).with(Layers.MENTIONS, found.sorted());
    }

    /**
     * The short forms that are words, surnames and short names, in capitals: on a line in capitals ("REAL SCRAPE
     * DRAW", "PARNEVIK TAKES LEAD") they are found in any case. Acronyms are not: there every word looks like one.
     */
    private static Map<String, String> wordsInCapitals(Map<String, String> shortForms, Set<String> shortNames,
            Map<String, Entity> entities) {
        Map<String, String> inCapitals = new HashMap<>();
        shortForms.forEach((form, key) -> {
            boolean surname = entities.get(key).type() == EntityType.PERSON;
            if ((surname || shortNames.contains(form)) && form.length() >= MIN_SHORT_NAME) {
                inCapitals.put(form.toUpperCase(Locale.ROOT), key);
            }
        });
        return inCapitals;
    }

    /** Short form to entity key: surnames of people with two or more names; acronyms and short names of organisations. */
    private Map<String, String> shortForms(Iterable<Entity> entities, Set<String> shortNames) {
        Map<String, String> forms = new HashMap<>();
        Set<String> ambiguous = new java.util.HashSet<>();
        for (Entity entity : entities) {
            String[] words = entity.name().split("[\\s]+");
            if (words.length < 2) {
                continue;
            }
            String shortName = entity.type() == EntityType.ORGANIZATION ? shortName(words) : null;
            if (shortName != null) {
                shortNames.add(shortName);
            }
            List<String> entityForms = switch (entity.type()) {
                case PERSON -> List.of(surname(words));
                case ORGANIZATION -> java.util.stream.Stream.of(acronym(words), shortName)
                        .filter(java.util.Objects::nonNull).toList();
                default -> List.of();
            };
            for (String form : entityForms) {
                if (forms.putIfAbsent(form, entity.key()) != null && !forms.get(form).equals(entity.key())) {
                    ambiguous.add(form);
                }
            }
        }
        ambiguous.forEach(forms::remove);
        return forms;
    }

    /**
     * The word an organisation's name is shortened to: its first word when the rest ends in a legal form ("Inc.")
     * or is its home town, its last word when its home town comes first; null for other names. The word must be a
     * name of its own: not a place, not a country's demonym.
     */
    private @Nullable String shortName(String[] names) {
        String first = names[0].replaceFirst("['\u2019]s$", "");
        String last = names[names.length - 1];
        String rest = String.join(" ", java.util.Arrays.copyOfRange(names, 1, names.length));
        String lead = String.join(" ", java.util.Arrays.copyOfRange(names, 0, names.length - 1));
        String form = null;
        if (words.contains("legalForms", last.replaceFirst("\\.$", "")) || isTown(rest)) {
            form = first;
        } else if (isTown(lead)) {
            form = last;
        }
        boolean standsAlone = form != null && form.length() >= MIN_SHORT_NAME
                && form.codePoints().allMatch(Character::isLetter) && Character.isUpperCase(form.codePointAt(0))
                && kb.named(form).isEmpty() && kb.descriptorsStartingWith(form).isEmpty();
        return standsAlone ? form : null;
    }

    /** Words that name a town or region (not a country: "Air France" is no club of France). */
    private boolean isTown(String name) {
        return kb.named(name).stream().anyMatch(e -> e.type().isPlace() && e.type() != EntityType.COUNTRY);
    }

    private static String surname(String[] words) {
        return words[words.length - 1];
    }

    private String acronym(String[] names) {
        StringBuilder initials = new StringBuilder();
        for (String word : names) {
            if (!word.isEmpty() && !words.contains("acronymMinorWords", word)
                    && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.length() >= 2 ? initials.toString() : null;
    }
}
