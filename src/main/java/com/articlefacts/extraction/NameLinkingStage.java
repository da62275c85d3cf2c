package com.articlefacts.extraction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Names, each linked to the knowledge base only on evidence from the text. First the curated names found in the text
 * exactly (longest first; in lower case only where the words hold a name, "government of Iraq") or as acronyms,
 * where the recogniser does not read the words as another kind of name (a person called Jordan is not the country,
 * unless the words follow "in" and the like) or as part of a longer name ("Air France"). The world gazetteer's places
 * are linked where the recogniser found the name with a compatible type, or after a preposition of place ("in
 * Kyiv"); where several share a name, the one in a country the document names wins. A spelling variant of a
 * transliterated name is linked only for a country the document names ("Hassekeh" in a story that names Syria).
 * Anything else the recogniser found is an entity of its own. A place followed by a facility noun ("Kabul airport")
 * is that facility; a capital acting ("Moscow said") is its state. On lines in capitals, a name the body also names
 * is what the body says it is, a dateline names a place, and acronyms and spelling variants are not matched.
 * Requires {@link Layers#TOKENS} and {@link Layers#NAMES}; provides {@link Layers#ENTITIES} and
 * {@link Layers#MENTIONS}.
 */
public final class NameLinkingStage implements Stage {

    private static final Pattern SIDE_PAIR = Pattern.compile("(\\p{Lu}[\\p{L}.]+)-(\\p{Lu}[\\p{L}.]+)");

    private final KnowledgeBase kb;
    private final Words words;

    public NameLinkingStage(KnowledgeBase kb) {
        this.kb = kb;
        this.words = kb.words();
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.NAMES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.ENTITIES, Layers.MENTIONS);
    }

    @Override
    public Document apply(Document doc) {
        Context context = new Context(doc.text(), doc.get(Layers.TOKENS), doc.get(Layers.NAMES));
        linkKnownNames(context, Pass.EXACT);
        linkSidePairs(context);
        linkKnownNames(context, Pass.EXACT_IN_CAPITALS);
        context.collectCountryEvidence();
        linkKnownNames(context, Pass.VARIANTS);
        addRecognisedNames(context, false);
        addRecognisedNames(context, true);
        return doc.with(Layers.ENTITIES, Map.copyOf(context.found.entities))
                .with(Layers.MENTIONS, context.found.sorted());
    }

    /**
     * The passes over the text for curated names: exact names and acronyms on ordinary lines, then exact names on
     * lines in capitals where the body names the same entry, then, once the countries the document names are known,
     * spelling variants of transliterated names on ordinary lines.
     */
    private enum Pass {
        EXACT, EXACT_IN_CAPITALS, VARIANTS
    }

    private void linkKnownNames(Context context, Pass pass) {
        List<Token> tokens = context.tokens;
        boolean onHeadlines = pass == Pass.EXACT_IN_CAPITALS;
        int i = 0;
        while (i < tokens.size()) {
            Token first = tokens.get(i);
            boolean headline = context.headlines.contains(first.span());
            boolean candidate = first.isCapitalized()
                    || pass == Pass.EXACT && !headline && Character.isLetter(first.word().codePointAt(0));
            Match match = candidate && headline == onHeadlines && !context.found.overlapsAny(first.span())
                    ? longestKnownName(context, i, pass == Pass.VARIANTS) : null;
            if (match == null || (onHeadlines && !context.namedOutsideHeadlines(match.entry.key()))) {
                i++;
                continue;
            }
            Span span = balanced(context.text, new Span(first.span().begin(),
                    tokens.get(match.endToken - 1).span().end()));
            i = link(context, match.entry, span, i, match.endToken, EntityMention.Source.KNOWLEDGE_BASE);
        }
    }

    /**
     * Two sides joined by a hyphen in one word, "the Iran-Iraq war", "Israel-Hamas talks": each a state or an armed
     * group of the knowledge base, and each its own mention, where the word is no name of its own.
     */
    private void linkSidePairs(Context context) {
        for (Token token : context.tokens) {
            Matcher pair = SIDE_PAIR.matcher(token.word());
            if (!pair.matches() || context.found.overlapsAny(token.span()) || !kb.named(token.word()).isEmpty()) {
                continue;
            }
            KbEntry first = side(pair.group(1));
            KbEntry second = side(pair.group(2));
            if (first == null || second == null || first.key().equals(second.key())) {
                continue;
            }
            int begin = token.span().begin();
            for (int group = 1; group <= 2; group++) {
                KbEntry entry = group == 1 ? first : second;
                Span span = new Span(begin + pair.start(group), begin + pair.end(group));
                context.found.add(new EntityMention(span, entry.key(), false, EntityMention.Source.KNOWLEDGE_BASE,
                        entry.type() == EntityType.COUNTRY), entry.toEntity());
            }
        }
    }

    private @Nullable KbEntry side(String name) {
        return kb.named(name).stream().filter(e -> e.type() == EntityType.COUNTRY || e.armed()).findFirst()
                .orElse(null);
    }

    private @Nullable Match longestKnownName(Context context, int start, boolean variants) {
        List<Token> tokens = context.tokens;
        Token first = tokens.get(start);
        int sentenceEnd = start;
        while (sentenceEnd < tokens.size() && tokens.get(sentenceEnd).sentence() == first.sentence()) {
            sentenceEnd++;
        }
        boolean headline = context.headlines.contains(first.span());
        int maxEnd = Math.min(sentenceEnd, start + kb.longestName());
        for (int end = maxEnd; end > start; end--) {
            Token last = tokens.get(end - 1);
            if (!Character.isLetterOrDigit(last.word().charAt(0))) {
                continue;
            }
            String candidate = context.text.substring(first.span().begin(), last.span().end());
            if (!first.isCapitalized() && (end - start < 2 || !candidate.chars().anyMatch(Character::isUpperCase))) {
                // A curated name may open in lower case ("government of Iraq") only if it holds a name.
                continue;
            }
            KbEntry entry;
            if (variants) {
                entry = context.isName(start, end) ? kb.similar(candidate) : null;
                if (entry != null && !context.evidencedCountries.contains(entry.country())) {
                    entry = null;
                }
            } else {
                // In capitals every word looks like an acronym ("IS", "US"); elsewhere acronyms are case-sensitive.
                entry = end - start == 1 && !headline ? kb.acronym(candidate) : null;
                if (entry == null) {
                    // The gazetteer's places only where the words stand as a place: "fighting in Kyiv", "the
                    // mayors of Tver and Kazan".
                    boolean asPlace = context.isName(start, end)
                            && (PlaceRole.isAfterPlacePreposition(tokens, start, words)
                                    || PlaceRole.isInside(tokens, start, end, words)
                                    || PlaceRole.isListedWithPlace(tokens, start, end));
                    entry = kb.named(candidate).stream().filter(e -> !e.gazetteer() || asPlace && e.type().isPlace())
                            .findFirst().orElse(null);
                }
            }
            if (entry != null && !context.found.overlapsAny(new Span(first.span().begin(), last.span().end()))
                    && context.recogniserAgrees(entry, start, end)) {
                return new Match(entry, end);
            }
        }
        return null;
    }

    /** The recogniser's names, on ordinary lines first, then on lines in capitals. */
    private void addRecognisedNames(Context context, boolean onHeadlines) {
        for (NerMention mention : context.ner) {
            EntityType type = EntityType.fromNerTag(mention.nerType());
            if (type == null || context.found.overlapsAny(mention.span())
                    || context.headlines.contains(mention.span()) != onHeadlines) {
                continue;
            }
            Span span = trimLeadingArticle(context.tokens, mention);
            String name = span.coveredText(context.text);
            if (words.contains("pronouns", name) || name.codePoints().noneMatch(Character::isUpperCase)) {
                continue;
            }
            if (onHeadlines && context.isDateline(mention)) {
                // "KYIV 2022-03-01": whatever the recogniser guessed, a dateline names a place.
                type = EntityType.LOCATION;
            }
            String bodyKey = onHeadlines && type != EntityType.LOCATION
                    ? context.bodyNames.get(NameForms.normalize(name)) : null;
            if (bodyKey != null) {
                // The body's reading of the same words beats the recogniser's guess in capitals.
                context.found.add(new EntityMention(span, bodyKey, false, EntityMention.Source.RECOGNISER),
                        context.found.entities.get(bodyKey));
                continue;
            }
            KbEntry known = known(context, name, type, onHeadlines);
            if (known != null) {
                link(context, known, span, mention.firstToken(), mention.endToken(),
                        EntityMention.Source.KNOWLEDGE_BASE);
                continue;
            }
            Facility facility = type.isPlace() ? facilityAfter(context, mention.endToken()) : null;
            if (facility != null && !context.found.overlapsAny(facility.span)) {
                context.found.addNew(new Span(span.begin(), facility.span.end()), EntityType.FACILITY, false, kb);
            } else {
                context.found.addNew(span, type, false, kb);
            }
        }
    }

    /** The entry a recognised name refers to: an exact name of a compatible type, else a transliteration variant. */
    private @Nullable KbEntry known(Context context, String name, EntityType type, boolean inCapitals) {
        List<KbEntry> exact = kb.named(name).stream().filter(e -> e.type().compatibleWith(type)).toList();
        if (!exact.isEmpty()) {
            return exact.stream().filter(e -> context.evidencedCountries.contains(e.country())).findFirst()
                    .orElse(exact.get(0));
        }
        KbEntry variant = inCapitals ? null : kb.similar(name);
        if (variant != null && variant.type().compatibleWith(type)
                && context.evidencedCountries.contains(variant.country())) {
            return variant;
        }
        return null;
    }

    /** Adds the mention of an entry at tokens [start, end) and returns the token after it. */
    private int link(Context context, KbEntry entry, Span span, int start, int end, EntityMention.Source source) {
        List<Token> tokens = context.tokens;
        Facility facility = entry.type().isPlace() ? facilityAfter(context, end) : null;
        if (facility != null) {
            context.found.addNew(new Span(span.begin(), facility.span.end()), EntityType.FACILITY, false, kb);
            return facility.endToken;
        }
        boolean acting = !PlaceRole.isPlace(tokens, start, words);
        KbEntry linked = entry;
        if (entry.capitalOf() != null && acting) {
            linked = kb.entry(entry.capitalOf()).orElse(entry);
        }
        boolean country = linked.type() == EntityType.COUNTRY;
        boolean modifier = country && end < tokens.size() && tokens.get(end).pos().matches("NNS?");
        context.found.add(new EntityMention(span, linked.key(), modifier, source, country && acting),
                linked.toEntity());
        return end;
    }

    private static Span trimLeadingArticle(List<Token> tokens, NerMention mention) {
        Token first = tokens.get(mention.firstToken());
        if (mention.endToken() - mention.firstToken() > 1 && first.word().equalsIgnoreCase("the")) {
            return new Span(tokens.get(mention.firstToken() + 1).span().begin(), mention.span().end());
        }
        return mention.span();
    }

    private @Nullable Facility facilityAfter(Context context, int index) {
        List<Token> tokens = context.tokens;
        for (int length = 2; length >= 1; length--) {
            int end = index + length;
            if (end > tokens.size() || index == 0
                    || tokens.get(end - 1).sentence() != tokens.get(index - 1).sentence()) {
                continue;
            }
            String phrase = context.text.substring(tokens.get(index).span().begin(), tokens.get(end - 1).span().end());
            if (words.contains("facilityNouns", phrase)) {
                return new Facility(new Span(tokens.get(index).span().begin(), tokens.get(end - 1).span().end()), end);
            }
        }
        return null;
    }

    /**
     * A name never leaves a bracket it opens unclosed: where an editor's bracket inside the name ("Kurdistan Workers'
     * [Party]", "the Free Syrian (Army)") closes right after the words, the closing bracket is part of the mention.
     */
    private static Span balanced(String text, Span span) {
        String covered = span.coveredText(text);
        for (String brackets : List.of("[]", "()")) {
            char open = brackets.charAt(0);
            char close = brackets.charAt(1);
            if (covered.lastIndexOf(open) > covered.lastIndexOf(close) && span.end() < text.length()
                    && text.charAt(span.end()) == close) {
                return new Span(span.begin(), span.end() + 1);
            }
        }
        return span;
    }

    private record Match(KbEntry entry, int endToken) {
    }

    private record Facility(Span span, int endToken) {
    }

    /** The document under linking: its tokens, the recogniser's names, lines in capitals, what is found so far. */
    private final class Context {
        final String text;
        final List<Token> tokens;
        final List<NerMention> ner;
        final Headlines headlines;
        final Mentions found;
        /** The recogniser's entity names by token, to check a knowledge-base match against. */
        final @Nullable NerMention[] nerAt;
        final Set<String> evidencedCountries = new HashSet<>();
        /** Names found on ordinary lines, normalized, with their entity keys. */
        final Map<String, String> bodyNames = new HashMap<>();

        Context(String text, List<Token> tokens, List<NerMention> ner) {
            this.text = text;
            this.tokens = tokens;
            this.ner = ner;
            this.headlines = new Headlines(text);
            this.found = new Mentions(text);
            this.nerAt = new NerMention[tokens.size()];
            for (NerMention mention : ner) {
                if (EntityType.fromNerTag(mention.nerType()) != null) {
                    for (int t = mention.firstToken(); t < mention.endToken(); t++) {
                        nerAt[t] = mention;
                    }
                }
            }
        }

        /**
         * Whether tokens [start, end) may be a name: the recogniser found a name there, or they are capitalised, none
         * of them read as a time (a generic head the knowledge base spells too, "province", may end them).
         */
        boolean isName(int start, int end) {
            if (nerAt[start] != null) {
                return true;
            }
            for (int t = start; t < end; t++) {
                Token token = tokens.get(t);
                if (token.isTemporal()) {
                    // "in March" is a month, though a town in England has the name.
                    return false;
                }
                boolean punctuation = !Character.isLetterOrDigit(token.word().charAt(0));
                if (!punctuation && !token.isCapitalized() && !(t == end - 1 && t > start && token.isNoun())) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether the recogniser lets tokens [start, end) name the entry: where the entry is a place, it tagged none
         * of them as a person (someone called Jordan) unless they follow "in" or the like, nor, for a gazetteer
         * place, as an organisation (a team called Leeds); and no name it found there runs past the match ("Air France" is not France). Its other types
         * yield to a curated name: "Daesh" is the group even where the recogniser took it for a person.
         */
        boolean recogniserAgrees(KbEntry entry, int start, int end) {
            for (int t = start; t < end; t++) {
                NerMention mention = nerAt[t];
                if (mention == null) {
                    continue;
                }
                EntityType type = EntityType.fromNerTag(mention.nerType());
                // The recogniser takes many foreign places for people ("Kyiv"); where the words stand as a place
                // ("officials in Kyiv", "Samara and Genova") the place wins.
                boolean person = type == EntityType.PERSON && !PlaceRole.isInside(tokens, start, end, words)
                        && !PlaceRole.isListedWithPlace(tokens, start, end);
                boolean team = type == EntityType.ORGANIZATION && entry.gazetteer()
                        && !PlaceRole.isInside(tokens, start, end, words);
                if (entry.type().isPlace() && (person || team)) {
                    return false;
                }
                if (mention.firstToken() < start && !tokens.get(mention.firstToken()).word().equalsIgnoreCase("the")
                        || mention.endToken() > end) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the name opens its line and a date follows it: "LONDON 1996-08-30", "KYIV, March 1". */
        boolean isDateline(NerMention mention) {
            int lineStart = text.lastIndexOf('\n', mention.span().begin() - 1) + 1;
            if (!text.substring(lineStart, mention.span().begin()).isBlank()) {
                return false;
            }
            // The place may be followed by its region before the date: "NICE, France 1996-08-30".
            int lineEnd = text.indexOf('\n', mention.span().end());
            for (int next = mention.endToken(); next < tokens.size() && next <= mention.endToken() + 4; next++) {
                Token token = tokens.get(next);
                if (lineEnd >= 0 && token.span().begin() > lineEnd) {
                    return false;
                }
                if (token.ner().equals("DATE")) {
                    return true;
                }
                if (!token.word().equals(",") && !token.word().equals(".") && !token.isCapitalized()) {
                    return false;
                }
            }
            return false;
        }

        boolean namedOutsideHeadlines(String key) {
            return found.mentions.values().stream()
                    .anyMatch(m -> m.entityKey().equals(key) && !headlines.contains(m.span()));
        }

        /** Countries the document names: by name, by demonym, or through a curated actor or place of theirs. */
        void collectCountryEvidence() {
            for (EntityMention mention : found.mentions.values()) {
                kb.entry(mention.entityKey()).map(KbEntry::country).ifPresent(evidencedCountries::add);
                if (!headlines.contains(mention.span())) {
                    bodyNames.put(NameForms.normalize(mention.span().coveredText(text)), mention.entityKey());
                }
            }
            for (Token token : tokens) {
                for (KbEntry entry : kb.modifiedBy(token.word())) {
                    if (entry.type() == EntityType.COUNTRY && token.isCapitalized()) {
                        evidencedCountries.add(entry.key());
                    }
                }
            }
        }
    }

    /**
     * The mentions found so far, kept free of overlaps, with the entities they refer to. Mentions that never overlap
     * are ordered alike by start and end, so the one starting last before a span's end is the only one that can
     * overlap it: a lookup, not a scan, even in an article of thousands of mentions.
     */
    static final class Mentions {
        private final String text;
        private final java.util.TreeMap<Integer, EntityMention> mentions = new java.util.TreeMap<>();
        private final Map<String, Entity> entities = new HashMap<>();

        Mentions(String text) {
            this.text = text;
        }

        Mentions(String text, List<EntityMention> mentions, Map<String, Entity> entities) {
            this(text);
            mentions.forEach(mention -> this.mentions.put(mention.span().begin(), mention));
            this.entities.putAll(entities);
        }

        boolean overlapsAny(Span span) {
            Map.Entry<Integer, EntityMention> before = mentions.floorEntry(Math.max(span.begin(), span.end() - 1));
            return before != null && before.getValue().span().overlaps(span);
        }

        void add(EntityMention mention, Entity entity) {
            if (overlapsAny(mention.span())) {
                return;
            }
            mentions.put(mention.span().begin(), mention);
            entities.putIfAbsent(entity.key(), entity);
        }

        /**
         * A name the knowledge base lacks: its key is made from its text, in whatever script, and its type where the
         * plain key belongs to something else (a team called Somerset beside the county).
         */
        void addNew(Span span, EntityType type, boolean nominal, KnowledgeBase kb) {
            String name = span.coveredText(text).replaceAll("\\s+", " ");
            String key = Slug.key(name);
            Entity existing = entities.get(key);
            if (kb.entry(key).isPresent() || (existing != null && existing.type() != type)) {
                key = key + "-" + Slug.of(type.name());
                existing = entities.get(key);
            }
            Entity entity = existing != null ? existing : Entity.unknown(key, name, type);
            add(new EntityMention(span, key, nominal, EntityMention.Source.RECOGNISER), entity);
        }

        List<EntityMention> sorted() {
            return List.copyOf(mentions.values());
        }

        Map<String, Entity> entities() {
            return entities;
        }
    }
}
