package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * In-document coreference of short forms: a person's surname alone ("Masum" after "Fuad Masum") and an
 * organisation's acronym ("SOHR" after "Syrian Observatory for Human Rights") refer to the full name's entity. A
 * separate entity the recogniser made of the short form is merged into it. Requires {@link Layers#TOKENS},
 * {@link Layers#ENTITIES} and {@link Layers#MENTIONS}; provides the last two.
 */
public final class ShortFormStage implements Stage {

    private final Words words;

    public ShortFormStage(Words words) {
        this.words = words;
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
        Map<String, String> shortForms = shortForms(entities.values());
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
        for (Token token : doc.get(Layers.TOKENS)) {
            String target = shortForms.get(token.word());
            if (target != null && token.isProperNoun() && !found.overlapsAny(token.span())) {
                found.add(new EntityMention(token.span(), target, false, EntityMention.Source.SHORT_FORM),
                        entities.get(target));
            }
        }
        return doc.with(Layers.ENTITIES, Map.copyOf(found.entities())).with(Layers.MENTIONS, found.sorted());
    }

    /** Short form to entity key: surnames of people with two or more names, acronyms of multi-word organisations. */
    private Map<String, String> shortForms(Iterable<Entity> entities) {
        Map<String, String> forms = new HashMap<>();
        Set<String> ambiguous = new java.util.HashSet<>();
        for (Entity entity : entities) {
            String[] words = entity.name().split("[\\s]+");
            if (words.length < 2) {
                continue;
            }
            String form = switch (entity.type()) {
                case PERSON -> surname(words);
                case ORGANIZATION -> acronym(words);
                default -> null;
            };
            if (form != null && forms.putIfAbsent(form, entity.key()) != null
                    && !forms.get(form).equals(entity.key())) {
                ambiguous.add(form);
            }
        }
        ambiguous.forEach(forms::remove);
        return forms;
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
