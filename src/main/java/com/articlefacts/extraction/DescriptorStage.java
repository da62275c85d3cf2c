package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Nominal mentions. A description ("Kurdish fighters", "regime snipers", "Russian negotiating team") attaches to the
 * knowledge-base actor whose adjectives and nouns it is made of; when several fit, to the one the document names,
 * else to the one of the country the document is most about. A word that alone refers to an actor ("regime" areas,
 * "Syrian" territory) is a mention when it modifies another noun. A proper adjective carries its own evidence
 * ("Russian" delegation); a common one ("government" troops, "regime" change) attaches only to an actor of the
 * country the document is most about, and never where its sentence places it in another country ("regime change
 * in Iran"). A description that fits nothing, or lacks that evidence, is not an entity. A bare "the regime" is left
 * alone: resolving anaphora is not this stage's job. Requires
 * {@link Layers#TOKENS}, {@link Layers#ENTITIES} and {@link Layers#MENTIONS}; provides the last two.
 */
public final class DescriptorStage implements Stage {

    /** Words that may stand between a description's adjective and its noun ("Kurdish armed groups"). */
    private static final int MAX_GAP = 1;

    private final KnowledgeBase kb;

    public DescriptorStage(KnowledgeBase kb) {
        this.kb = kb;
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
        String text = doc.text();
        List<Token> tokens = doc.get(Layers.TOKENS);
        List<EntityMention> named = doc.get(Layers.MENTIONS);
        NameLinkingStage.Mentions found = new NameLinkingStage.Mentions(text, named, doc.get(Layers.ENTITIES));
        Context context = new Context(named, doc.get(Layers.ENTITIES), tokens, kb);
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (found.overlapsAny(token.span())) {
                i++;
                continue;
            }
            Described delegation = delegationAt(tokens, i);
            if (delegation != null) {
                Span span = new Span(token.span().begin(), tokens.get(delegation.endToken - 1).span().end());
                Entity entity = delegationOf(delegation.entry);
                found.add(new EntityMention(span, entity.key(), true, EntityMention.Source.DESCRIPTOR), entity);
                i = delegation.endToken;
                continue;
            }
            Described described = describedAt(tokens, i, context);
            if (described != null) {
                Span span = new Span(token.span().begin(), tokens.get(described.endToken - 1).span().end());
                Entity entity = described.entry.toEntity();
                if (described.entry.type() == EntityType.COUNTRY) {
                    Entity institution = institutionOf(described.entry, tokens, described.wordsStart,
                            described.endToken);
                    entity = institution != null ? institution : entity;
                }
                found.add(new EntityMention(span, entity.key(), true, EntityMention.Source.DESCRIPTOR), entity);
                i = described.endToken;
                continue;
            }
            Possessed possessed = possessedInstitutionAt(tokens, i, named, context);
            if (possessed != null) {
                Span span = new Span(tokens.get(i + 1).span().begin(), tokens.get(possessed.endToken - 1).span().end());
                found.add(new EntityMention(span, possessed.institution.key(), true,
                        EntityMention.Source.DESCRIPTOR), possessed.institution);
                i = possessed.endToken;
                continue;
            }
            KbEntry modified = modifiedAt(tokens, i, context);
            if (modified != null) {
                found.add(new EntityMention(token.span(), modified.key(), true, EntityMention.Source.DESCRIPTOR),
                        modified.toEntity());
            }
            i++;
        }
        return doc.with(Layers.ENTITIES, Map.copyOf(found.entities())).with(Layers.MENTIONS, found.sorted());
    }

    /**
     * A state's demonym and, right after it, one of the words for the people a state sends to talk or mediate ("a
     * Turkish mediation team", "the Qatari negotiators"): that state's delegation, whatever the word.
     */
    private @Nullable Described delegationAt(List<Token> tokens, int start) {
        for (KnowledgeBase.Descriptor descriptor : kb.descriptorsStartingWith(tokens.get(start).word())) {
            int afterAdjective = descriptor.entry().type() == EntityType.COUNTRY && descriptor.proper()
                    ? matchWords(tokens, start, descriptor.adjective(), false) : -1;
            if (afterAdjective < 0 || afterAdjective >= tokens.size()) {
                continue;
            }
            for (String noun : kb.words().list("delegationNouns")) {
                int end = matchWords(tokens, afterAdjective, KnowledgeBase.words(noun), true);
                if (end > 0) {
                    return new Described(descriptor.entry(), afterAdjective, end);
                }
            }
        }
        return null;
    }

    /** One entity per state for its delegation, named by the state's first demonym and part of the state. */
    private static Entity delegationOf(KbEntry state) {
        String label = (state.adjectives().isEmpty() ? state.label() + "'s" : state.adjectives().get(0))
                + " delegation";
        return new Entity(Slug.key(label), label, label, EntityType.ORGANIZATION, null, false, List.of(label), null,
                state.key());
    }

    private @Nullable Described describedAt(List<Token> tokens, int start, Context context) {
        List<Described> fits = new ArrayList<>();
        int sentence = tokens.get(start).sentence();
        for (KnowledgeBase.Descriptor descriptor : kb.descriptorsStartingWith(tokens.get(start).word())) {
            int afterAdjective = matchWords(tokens, start, descriptor.adjective(), false);
            if (afterAdjective < 0 || !context.evidenced(descriptor.entry(), descriptor.proper(), sentence)) {
                continue;
            }
            for (int gap = 0; gap <= MAX_GAP; gap++) {
                int nounStart = afterAdjective + gap;
                if (gap > 0 && (nounStart > tokens.size() || !isModifierWord(tokens.get(nounStart - 1))
                        || kb.words().contains("opposingModifiers", tokens.get(nounStart - 1).word()))) {
                    break;
                }
                int end = longestNoun(tokens, nounStart, descriptor.entry());
                if (end > 0) {
                    fits.add(new Described(descriptor.entry(), afterAdjective, end));
                    break;
                }
            }
        }
        return fits.stream().max(Comparator.comparingInt((Described d) -> d.endToken)
                .thenComparingInt(d -> context.score(d.entry))).orElse(null);
    }

    private @Nullable KbEntry modifiedAt(List<Token> tokens, int index, Context context) {
        List<KbEntry> entries = kb.modifiedBy(tokens.get(index).word());
        if (entries.isEmpty() || index + 1 >= tokens.size()) {
            return null;
        }
        Token token = tokens.get(index);
        Token next = tokens.get(index + 1);
        if (next.sentence() != token.sentence() || !next.pos().matches("NNS?")) {
            return null;
        }
        boolean proper = token.isCapitalized() && !isSentenceStart(tokens, index);
        return entries.stream().filter(entry -> context.evidenced(entry, proper, token.sentence()))
                .max(Comparator.comparingInt(context::score)).orElse(null);
    }

    private static int longestNoun(List<Token> tokens, int start, KbEntry entry) {
        int best = -1;
        for (String noun : entry.nouns()) {
            int end = matchWords(tokens, start, KnowledgeBase.words(noun), true);
            best = Math.max(best, end);
        }
        return best;
    }

    /** The token index after the words, or -1; the last word may match a token's lemma (plurals). */
    private static int matchWords(List<Token> tokens, int start, List<String> words, boolean lemmaForLast) {
        if (start + words.size() > tokens.size()) {
            return -1;
        }
        int sentence = tokens.get(start).sentence();
        for (int k = 0; k < words.size(); k++) {
            Token token = tokens.get(start + k);
            String word = token.word().toLowerCase(Locale.ROOT);
            boolean last = k == words.size() - 1;
            boolean matches = word.equals(words.get(k))
                    || (last && lemmaForLast && token.lemma().toLowerCase(Locale.ROOT).equals(words.get(k)));
            if (!matches || token.sentence() != sentence) {
                return -1;
            }
        }
        return start + words.size();
    }

    private static boolean isSentenceStart(List<Token> tokens, int index) {
        return index == 0 || tokens.get(index - 1).sentence() != tokens.get(index).sentence();
    }

    private static boolean isModifierWord(Token token) {
        return token.pos().startsWith("JJ") || token.pos().equals("NN") || token.pos().equals("VBN");
    }

    /** @param wordsStart the first word after the adjective: the noun, or a word that describes it */
    private record Described(KbEntry entry, int wordsStart, int endToken) {
    }

    private record Possessed(Entity institution, int endToken) {
    }

    /**
     * A state's institution the words after its name or demonym name ("the Chadian army", "Russia's defence
     * ministry"): its own entity, part of the state, one per state and kind (its army, military and armed forces
     * are its armed forces); null when the words name the state acting ("Chadian forces", "the Chadian government").
     */
    private @Nullable Entity institutionOf(KbEntry state, List<Token> tokens, int wordsStart, int end) {
        Token last = tokens.get(end - 1);
        List<String> words = new ArrayList<>();
        for (int t = wordsStart; t < end - 1; t++) {
            words.add(tokens.get(t).word().toLowerCase(Locale.ROOT));
        }
        words.add(last.lemma().toLowerCase(Locale.ROOT));
        String phrase = String.join(" ", words);
        String noun = words.get(words.size() - 1);
        boolean institution = kb.words().contains("stateInstitutionNouns", phrase)
                || kb.words().contains("stateInstitutionNouns", noun);
        if (!institution) {
            return null;
        }
        String kind = kb.words().contains("militaryNouns", phrase) ? "armed forces" : phrase;
        String label = state.label() + "'s " + kind;
        return new Entity(state.key() + "-" + Slug.key(kind), label, label, EntityType.ORGANIZATION, null, false,
                List.of(label), null, state.key());
    }

    /** "Sudan's army", "Peru's prosecutor general": an institution after a state's name and its possessive. */
    private @Nullable Possessed possessedInstitutionAt(List<Token> tokens, int index, List<EntityMention> named,
            Context context) {
        Token token = tokens.get(index);
        if (!token.pos().equals("POS") || index == 0) {
            return null;
        }
        Span owner = tokens.get(index - 1).span();
        KbEntry state = named.stream().filter(m -> m.span().overlaps(owner) && !m.nominal()).findFirst()
                .flatMap(m -> kb.entry(m.entityKey())).filter(e -> e.type() == EntityType.COUNTRY).orElse(null);
        if (state == null) {
            return null;
        }
        for (int end = Math.min(tokens.size(), index + 4); end > index + 1; end--) {
            if (tokens.get(end - 1).sentence() != token.sentence()) {
                continue;
            }
            Entity institution = institutionOf(state, tokens, index + 1, end);
            if (institution != null && allModifiers(tokens, index + 1, end - 1)) {
                return new Possessed(institution, end);
            }
        }
        return null;
    }

    private static boolean allModifiers(List<Token> tokens, int start, int end) {
        for (int t = start; t < end; t++) {
            if (!isModifierWord(tokens.get(t)) && !tokens.get(t).pos().startsWith("NN")) {
                return false;
            }
        }
        return true;
    }

    /**
     * What the document is about: which actors it names, which countries its mentions belong to, and in which
     * countries each sentence places things ("in Iran").
     */
    private static final class Context {
        private final Set<String> named;
        private final Map<String, Integer> countryMentions = new HashMap<>();
        private final Map<Integer, Set<String>> placesBySentence = new HashMap<>();
        private int mostMentions;

        Context(List<EntityMention> mentions, Map<String, Entity> entities, List<Token> tokens, KnowledgeBase kb) {
            this.named = new java.util.HashSet<>();
            Map<Integer, Integer> sentenceAt = new HashMap<>();
            tokens.forEach(token -> sentenceAt.put(token.span().begin(), token.sentence()));
            for (EntityMention mention : mentions) {
                named.add(mention.entityKey());
                kb.entry(mention.entityKey()).map(KbEntry::country).ifPresent(
                        country -> countryMentions.merge(country, 1, Integer::sum));
                Entity entity = entities.get(mention.entityKey());
                Integer sentence = sentenceAt.get(mention.span().begin());
                if (entity != null && entity.type() == EntityType.COUNTRY && !mention.actor() && !mention.nominal()
                        && sentence != null) {
                    placesBySentence.computeIfAbsent(sentence, s -> new java.util.HashSet<>())
                            .add(mention.entityKey());
                }
            }
            mostMentions = countryMentions.values().stream().max(Integer::compare).orElse(0);
        }

        /**
         * Whether the text gives evidence for an actor: a proper adjective names its own country; a common word
         * needs the actor's country to be the one the document is most about, and not contradicted by its sentence.
         */
        boolean evidenced(KbEntry entry, boolean proper, int sentence) {
            if (proper || entry.country() == null) {
                return true;
            }
            Set<String> places = placesBySentence.getOrDefault(sentence, Set.of());
            if (!places.isEmpty() && !places.contains(entry.country())) {
                return false;
            }
            return mostMentions > 0 && countryMentions.getOrDefault(entry.country(), 0) == mostMentions;
        }

        int score(KbEntry entry) {
            int byName = named.contains(entry.key()) ? 1000 : 0;
            return byName + (entry.country() == null ? 0 : countryMentions.getOrDefault(entry.country(), 0));
        }
    }
}
