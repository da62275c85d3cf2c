package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The place of an event whose sentence names none: the place an earlier sentence of the same paragraph puts
 * something in ("Clashes broke out in Goma on Monday. Two soldiers were killed."), else, for a violent event, the
 * place of the violent event before it. Requires {@link Layers#TOKENS}, {@link Layers#SENTENCES},
 * {@link Layers#ENTITIES}, {@link Layers#MENTIONS} and {@link Layers#EVENT_DRAFTS}; provides
 * {@link Layers#EVENT_DRAFTS}, placed.
 */
final class EventPlaceStage implements Stage {

    private final EventVocabulary vocabulary;

    EventPlaceStage(EventVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ENTITIES, Layers.MENTIONS, Layers.EVENT_DRAFTS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.EVENT_DRAFTS);
    }

    @Override
    public Document apply(Document doc) {
        List<Token> tokens = doc.get(Layers.TOKENS);
        List<EventDraft> placed = new ArrayList<>();
        String lastViolentPlace = null;
        for (EventDraft draft : doc.get(Layers.EVENT_DRAFTS)) {
            boolean violent = vocabulary.type(draft.type()).violent();
            String place = draft.place();
            if (place == null) {
                place = placeEarlierInParagraph(doc, tokens, tokens.get(draft.head()));
            }
            if (place == null && violent) {
                place = lastViolentPlace;
            }
            if (violent && place != null) {
                lastViolentPlace = place;
            }
            placed.add(place == null || place.equals(draft.place()) ? draft : draft.withPlace(place));
        }
        return doc.with(Layers.EVENT_DRAFTS, List.copyOf(placed));
    }

    /**
     * The place an earlier sentence of the same paragraph (no line break between) puts something in: the last
     * place mention after a locative preposition before the trigger. A country is too wide to place an event.
     */
    private @Nullable String placeEarlierInParagraph(Document doc, List<Token> tokens, Token head) {
        Sentence own = doc.get(Layers.SENTENCES).get(head.sentence());
        int paragraphStart = doc.text().lastIndexOf('\n', own.span().begin()) + 1;
        int end = head.span().begin();
        Map<String, Entity> entities = doc.get(Layers.ENTITIES);
        String found = null;
        for (EntityMention mention : doc.get(Layers.MENTIONS)) {
            if (mention.span().begin() < paragraphStart || mention.span().end() > end) {
                continue;
            }
            Entity entity = entities.get(mention.entityKey());
            Token before = tokenBefore(tokens, mention.span());
            if (entity != null && entity.type().isPlace() && entity.type() != EntityType.COUNTRY && before != null
                    && vocabulary.words.contains("locativePrepositions", before.word())) {
                found = entity.key();
            }
        }
        return found;
    }

    private static @Nullable Token tokenBefore(List<Token> tokens, Span span) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).span().end() <= span.begin()) {
                return tokens.get(i);
            }
        }
        return null;
    }
}
