package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Names: knowledge-base names found in the text (longest first, exactly or as a transliteration variant), then the
 * recogniser's names the knowledge base lacks, as entities of their own. A place name followed by a facility noun
 * ("Hassakeh airport") is that facility. Requires {@link Layers#TOKENS} and {@link Layers#NER}; provides
 * {@link Layers#ENTITIES} and {@link Layers#MENTIONS}.
 */
public final class NameLinkingStage implements Stage {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "they", "them",
            "their", "it", "its", "we", "us", "our", "i", "me", "my", "you", "your", "who");
    private static final Set<String> FACILITY_NOUNS = Set.of("airport", "airbase", "air base", "base", "dam", "prison",
            "hospital", "university", "stadium", "refinery", "crossing", "border crossing", "port", "bridge", "mosque",
            "oilfield", "oil field", "power station", "power plant", "barracks", "checkpoint");

    private final KnowledgeBase kb;

    public NameLinkingStage(KnowledgeBase kb) {
        this.kb = kb;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.NER);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.ENTITIES, Layers.MENTIONS);
    }

    @Override
    public Document apply(Document doc) {
        String text = doc.text();
        List<Token> tokens = doc.get(Layers.TOKENS);
        Mentions found = new Mentions(text);
        linkKnownNames(text, tokens, found);
        addRecognisedNames(text, tokens, doc.get(Layers.NER), found);
        return doc.with(Layers.ENTITIES, Map.copyOf(found.entities)).with(Layers.MENTIONS, found.sorted());
    }

    private void linkKnownNames(String text, List<Token> tokens, Mentions found) {
        int i = 0;
        while (i < tokens.size()) {
            Token first = tokens.get(i);
            Match match = first.isCapitalized() ? longestKnownName(text, tokens, i) : null;
            if (match == null) {
                i++;
                continue;
            }
            Token last = tokens.get(match.endToken - 1);
            Span span = closeBracket(text, new Span(first.span().begin(), last.span().end()));
            Facility facility = match.entry.type().isPlace() ? facilityAfter(text, tokens, match.endToken) : null;
            if (facility != null) {
                found.addNew(new Span(span.begin(), facility.span.end()), EntityType.FACILITY, false);
                i = facility.endToken;
                continue;
            }
            boolean country = match.entry.type() == EntityType.COUNTRY;
            boolean modifier = country && match.endToken < tokens.size()
                    && tokens.get(match.endToken).pos().matches("NNS?");
            boolean actor = country && !PlaceRole.isPlace(tokens, i);
            found.add(new EntityMention(span, match.entry.key(), modifier, EntityMention.Source.KNOWLEDGE_BASE, actor),
                    match.entry.toEntity());
            i = match.endToken;
        }
    }

    private @Nullable Match longestKnownName(String text, List<Token> tokens, int start) {
        Token first = tokens.get(start);
        int sentenceEnd = start;
        while (sentenceEnd < tokens.size() && tokens.get(sentenceEnd).sentence() == first.sentence()) {
            sentenceEnd++;
        }
        int maxEnd = Math.min(sentenceEnd, start + kb.longestName());
        boolean fuzzyAllowed = first.isProperNoun() || !"O".equals(first.ner());
        for (int end = maxEnd; end > start; end--) {
            Token last = tokens.get(end - 1);
            if (!Character.isLetterOrDigit(last.word().charAt(0))) {
                continue;
            }
            String candidate = text.substring(first.span().begin(), last.span().end());
            KbEntry entry = end - start == 1 ? kb.acronym(candidate) : null;
            if (entry == null) {
                entry = kb.exact(candidate);
            }
            if (entry == null && fuzzyAllowed && allCapitalizedOrKnown(tokens, start, end)
                    && !kb.isDescriptiveWord(candidate)) {
                entry = kb.similar(candidate);
            }
            if (entry != null) {
                return new Match(entry, end);
            }
        }
        return null;
    }

    /** Fuzzy names are proper nouns, except generic heads such as "province" that the knowledge base spells too. */
    private static boolean allCapitalizedOrKnown(List<Token> tokens, int start, int end) {
        Token last = tokens.get(end - 1);
        for (int i = start; i < end; i++) {
            Token token = tokens.get(i);
            boolean punctuation = !Character.isLetterOrDigit(token.word().charAt(0));
            if (!token.isCapitalized() && !punctuation && !(i == end - 1 && last.isNoun())) {
                return false;
            }
        }
        return true;
    }

    private void addRecognisedNames(String text, List<Token> tokens, List<NerMention> ner, Mentions found) {
        for (NerMention mention : ner) {
            EntityType type = EntityType.fromNerTag(mention.nerType());
            if (type == null || found.overlapsAny(mention.span())) {
                continue;
            }
            Span span = trimLeadingArticle(text, tokens, mention);
            String name = span.coveredText(text);
            if (PRONOUNS.contains(name.toLowerCase()) || !Character.isUpperCase(name.codePointAt(0))) {
                continue;
            }
            KbEntry known = kb.exact(name);
            if (known == null) {
                known = kb.similar(name);
            }
            if (known != null && known.type().compatibleWith(type)) {
                found.add(new EntityMention(span, known.key(), false, EntityMention.Source.KNOWLEDGE_BASE),
                        known.toEntity());
                continue;
            }
            Facility facility = type.isPlace() ? facilityAfter(text, tokens, mention.endToken()) : null;
            if (facility != null && !found.overlapsAny(facility.span)) {
                found.addNew(new Span(span.begin(), facility.span.end()), EntityType.FACILITY, false);
            } else {
                found.addNew(span, type, false);
            }
        }
    }

    private static Span trimLeadingArticle(String text, List<Token> tokens, NerMention mention) {
        Token first = tokens.get(mention.firstToken());
        if (mention.endToken() - mention.firstToken() > 1 && first.word().equalsIgnoreCase("the")) {
            return new Span(tokens.get(mention.firstToken() + 1).span().begin(), mention.span().end());
        }
        return mention.span();
    }

    private static @Nullable Facility facilityAfter(String text, List<Token> tokens, int index) {
        for (int length = 2; length >= 1; length--) {
            int end = index + length;
            if (end > tokens.size() || tokens.get(end - 1).sentence() != tokens.get(index - 1).sentence()) {
                continue;
            }
            String words = text.substring(tokens.get(index).span().begin(), tokens.get(end - 1).span().end());
            if (FACILITY_NOUNS.contains(words.toLowerCase())) {
                return new Facility(new Span(tokens.get(index).span().begin(), tokens.get(end - 1).span().end()), end);
            }
        }
        return null;
    }

    /** A name that opens a bracket ("Syrian Democratic [Forces") ends after the bracket closes. */
    private static Span closeBracket(String text, Span span) {
        String covered = span.coveredText(text);
        if (covered.lastIndexOf('[') > covered.lastIndexOf(']') && span.end() < text.length()
                && text.charAt(span.end()) == ']') {
            return new Span(span.begin(), span.end() + 1);
        }
        return span;
    }

    private record Match(KbEntry entry, int endToken) {
    }

    private record Facility(Span span, int endToken) {
    }

    /** The mentions found so far, kept free of overlaps, with the entities they refer to. */
    static final class Mentions {
        private final String text;
        private final List<EntityMention> mentions = new ArrayList<>();
        private final Map<String, Entity> entities = new HashMap<>();

        Mentions(String text) {
            this.text = text;
        }

        Mentions(String text, List<EntityMention> mentions, Map<String, Entity> entities) {
            this(text);
            this.mentions.addAll(mentions);
            this.entities.putAll(entities);
        }

        boolean overlapsAny(Span span) {
            return mentions.stream().anyMatch(m -> m.span().overlaps(span));
        }

        void add(EntityMention mention, Entity entity) {
            if (overlapsAny(mention.span())) {
                return;
            }
            mentions.add(mention);
            entities.putIfAbsent(entity.key(), entity);
        }

        /** A name the knowledge base lacks: its key is the slug of its text. */
        void addNew(Span span, EntityType type, boolean nominal) {
            String name = span.coveredText(text).replaceAll("\\s+", " ");
            String key = Slug.of(name);
            Entity existing = entities.get(key);
            Entity entity = existing != null ? existing : new Entity(key, name, name, type, null, false, List.of(name));
            add(new EntityMention(span, key, nominal, EntityMention.Source.RECOGNISER), entity);
        }

        List<EntityMention> sorted() {
            return mentions.stream().sorted((a, b) -> a.span().compareTo(b.span())).toList();
        }

        Map<String, Entity> entities() {
            return entities;
        }
    }
}
