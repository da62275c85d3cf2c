package com.articlefacts.extraction;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

import org.jspecify.annotations.Nullable;

/**
 * The people a casualty word ("killed", "wounded", "deaths") counts: the passive subject, object or subject of a
 * verb, the noun an adjective describes, or the word itself ("12 deaths"), with their number where the text gives
 * one ("at least 10"; "dozens" is vague) and who they were.
 */
final class CasualtyCounts {

    private final Parse parse;
    private final IntFunction<@Nullable String> victimEntity;

    /** @param victimEntity the entity (not a place) a phrase's head names, or null */
    CasualtyCounts(Parse parse, IntFunction<@Nullable String> victimEntity) {
        this.parse = parse;
        this.victimEntity = victimEntity;
    }

    /** The people one casualty word reports, their number and the words; null when it counts nobody. */
    Event.@Nullable Casualty casualty(int word, String kind) {
        Token token = parse.token(word);
        Integer victims;
        if (token.pos().startsWith("VB") && parse.child(word, "nsubj:pass") != null) {
            victims = parse.child(word, "nsubj:pass");
        } else if (token.pos().startsWith("VB") && parse.child(word, "obj") != null) {
            victims = parse.child(word, "obj");
        } else if (token.pos().startsWith("VB") && !parse.children(word, "nsubj").isEmpty()
                && !token.lemma().equals("kill")) {
            victims = parse.child(word, "nsubj"); // "ten soldiers died"
        } else if (parse.governor(word) != null && parse.governor(word).relation().equals("amod")
                && parse.governor(word).governor() >= 0) {
            victims = parse.governor(word).governor(); // "wounded soldiers"
        } else {
            victims = word; // "ten dead", "12 deaths"
        }
        if (victims == null) {
            return null;
        }
        Integer count = countOf(victims);
        Integer people = victims;
        if (count != null && victims != word && parse.token(victims).pos().equals("CD")) {
            Integer of = parse.child(victims, "nmod:of");
            people = of; // "ten of the soldiers"
        } else if (count == null && parse.child(victims, "nmod:of") != null
                && isQuantity(parse.token(victims))) {
            people = parse.child(victims, "nmod:of"); // "dozens of fighters": vague
        }
        if (people != null && people == word) {
            people = null;
        }
        if (count == null && people == null && victims == word) {
            return null; // a casualty word that counts nobody ("the death of a ceasefire")
        }
        String who = people == null ? null : victimsOf(people);
        Span phrase = parse.subtree(victims, Set.of("acl", "acl:relcl", "relcl", "appos", "conj", "cc", "punct",
                "nmod:including", "dep", "parataxis", "advcl", "ccomp"));
        Span evidence = new Span(Math.min(phrase.begin(), token.span().begin()),
                Math.max(phrase.end(), token.span().end()));
        return new Event.Casualty(kind, count, who, evidence);
    }

    /** The number a phrase counts, from its own digits or number words, or the numeral it is. */
    private @Nullable Integer countOf(int head) {
        if (parse.token(head).pos().equals("CD")) {
            return number(parse.token(head).word());
        }
        for (int numeral : parse.children(head, "nummod")) {
            Integer value = number(parse.token(numeral).word());
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private boolean isQuantity(Token token) {
        return token.pos().equals("CD") || token.pos().equals("NNS") && token.word().toLowerCase(Locale.ROOT)
                .matches("dozens|scores|hundreds|thousands|tens|millions");
    }

    private @Nullable Integer number(String word) {
        try {
            Number value = edu.stanford.nlp.ie.NumberNormalizer.wordToNumber(word.replace(",", ""));
            return value == null || value.doubleValue() != Math.floor(value.doubleValue())
                    || value.doubleValue() > Integer.MAX_VALUE || value.doubleValue() < 0 ? null
                    : value.intValue();
        } catch (RuntimeException e) {
            return null; // "dozens", "several": vague
        }
    }

    /** The entity the victims are, else the word for them ("soldiers", "civilians"). */
    private String victimsOf(int people) {
        String entity = victimEntity.apply(people);
        return entity != null ? entity : parse.token(people).word().toLowerCase(Locale.ROOT);
    }
}
