package com.articlefacts.extraction;

import org.jspecify.annotations.Nullable;

/**
 * The tense of the clause a phrase belongs to, read from the verb that governs it in the dependency parse rather
 * than from the nearest verb in the sentence: in "officials said the talks will resume on Monday", Monday belongs
 * to "will resume", not to "said". Only a phrase that is the time of its verb is read ("on", "in", "at",
 * "during", or none): one inside a noun phrase ("a dividend payable Nov. 10"), an object ("set Nov. 10 as the
 * deadline") or a limit ("by Dec. 15") says nothing of when the clause is. A past form or a perfect is the past; "will",
 * "shall" or a present auxiliary ("is scheduled for Friday", "are meeting on Monday") the future; a simple present
 * ("talks resume Monday", "officials say it happened Monday") and a modal ("would") tell nothing.
 */
enum ClauseTense {
    PAST, FUTURE, UNKNOWN;

    /** How far an infinitive may look up the verbs it completes for a future ("will begin withdrawing"). */
    private static final int MAX_STEPS = 3;

    /** The tense of the clause that governs the tokens of a span. */
    static ClauseTense of(Parse parse, Span span) {
        Integer head = headOf(parse, span);
        if (head == null) {
            return UNKNOWN;
        }
        Dependency governor = parse.governor(head);
        if (governor == null || governor.governor() < 0 || !parse.token(governor.governor()).pos().startsWith("VB")
                || !isTimeModifier(governor.relation())) {
            return UNKNOWN;
        }
        return ofVerb(parse, governor.governor(), 0);
    }

    private static ClauseTense ofVerb(Parse parse, int verb, int depth) {
        boolean presentAuxiliary = false;
        for (Dependency dependency : parse.children(verb)) {
            if (!dependency.relation().startsWith("aux")) {
                continue;
            }
            Token aux = parse.token(dependency.dependent());
            String lemma = parse.lemma(dependency.dependent());
            if (lemma.equals("will") || lemma.equals("shall")) {
                return FUTURE;
            }
            if (aux.pos().equals("MD")) {
                return UNKNOWN; // "would", "could": the future of a past, or a condition
            }
            if (aux.pos().equals("VBD")) {
                return PAST;
            }
            if (lemma.equals("have")) {
                return PAST; // a present perfect tells what has happened
            }
            presentAuxiliary |= aux.pos().equals("VBZ") || aux.pos().equals("VBP");
        }
        String pos = parse.token(verb).pos();
        if (pos.equals("VBD")) {
            return PAST;
        }
        if (pos.equals("VBN")) {
            return presentAuxiliary ? FUTURE : PAST;
        }
        if (presentAuxiliary) {
            return FUTURE;
        }
        if (pos.equals("VBZ") || pos.equals("VBP")) {
            return UNKNOWN;
        }
        // An infinitive or gerund looks ahead of the verb it completes: after a future one it is the future too
        // ("will begin withdrawing on Friday"); after a past one it may lie on either side of the day of writing
        // ("had been set to expire Nov. 6", "asked it to respond by Oct. 31").
        Dependency up = parse.governor(verb);
        if (up != null && up.governor() >= 0 && parse.token(up.governor()).pos().startsWith("VB")
                && (up.relation().startsWith("xcomp") || up.relation().startsWith("ccomp")) && depth < MAX_STEPS) {
            return ofVerb(parse, up.governor(), depth + 1) == FUTURE ? FUTURE : UNKNOWN;
        }
        return UNKNOWN;
    }

    /**
     * Whether the relation makes a phrase the time of its verb ("on Friday", "in May", "Monday"), rather than its
     * object ("set Nov. 10 as the deadline") or a limit ("by Dec. 15", "until March").
     */
    private static boolean isTimeModifier(String relation) {
        return switch (relation) {
            case "obl:on", "obl:in", "obl:at", "obl:during", "obl:tmod", "obl:npmod", "nmod:tmod", "obl" -> true;
            default -> false;
        };
    }

    /** The token of the span whose governor lies outside it. */
    private static @Nullable Integer headOf(Parse parse, Span span) {
        for (int i = firstTokenFrom(parse, span.begin()); i < parse.tokens().size(); i++) {
            Token token = parse.token(i);
            if (token.span().begin() >= span.end()) {
                break;
            }
            if (!token.span().overlaps(span)) {
                continue;
            }
            Dependency governor = parse.governor(i);
            if (governor != null && governor.governor() >= 0
                    && !parse.token(governor.governor()).span().overlaps(span)) {
                return i;
            }
        }
        return null;
    }

    /** The first token that ends after the offset, by binary search over the tokens in text order. */
    private static int firstTokenFrom(Parse parse, int offset) {
        int low = 0;
        int high = parse.tokens().size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (parse.token(middle).span().end() <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
