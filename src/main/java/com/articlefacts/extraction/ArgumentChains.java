package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The rules written as code rather than patterns ({@code code:subject} in {@code eval relations --rules}): they
 * follow the parse through chains of clauses that no one pattern holds, to the party a verb or a noun of action is
 * said of. A controlled verb's subject is its controller's ("tried to capture"), a relative clause's is the noun it
 * describes, a participle's the noun it modifies, a noun's owner its possessor or the subject of the light verb it
 * is the object of ("waged a campaign").
 */
final class ArgumentChains {

    /** Verbs whose object names the act their subject does: "launched an offensive", "waged a campaign". */
    static final Set<String> LIGHT_VERBS = Set.of("carry", "conduct", "launch", "stage", "mount", "make",
            "order", "claim", "begin", "start", "continue", "step", "intensify", "resume", "lead", "wage", "join",
            "pursue", "escalate");
    /** Verbs whose subject states a stance it holds: the subject of "reiterated its support" gives the support. */
    private static final Set<String> STANCE_VERBS = Set.of("express", "reiterate", "reaffirm", "voice", "declare",
            "renew", "lend", "show", "confirm", "underline", "stress");
    private static final Set<String> PREPOSITION_TAGS = Set.of("IN", "TO");

    private final EventContext context;
    private final Parse parse;
    private final Words words;

    ArgumentChains(EventContext context) {
        this.context = context;
        this.parse = context.parse;
        this.words = context.words;
    }

    /**
     * The verb's subject; for a relative pronoun, the noun its clause describes ("Russia, which is helping");
     * for a verb another controls ("tried to capture", "helping prop up"), the subject of that verb.
     */
    @Nullable Integer subjectOf(int verb) {
        int current = verb;
        for (int depth = 0; depth < 3; depth++) {
            Integer subject = parse.childExactly(current, "nsubj"); // "soldiers were killed": no doer
            if (subject == null) {
                subject = parse.child(current, "nsubj:xsubj"); // the parser's controller: "press the regime to cease"
            }
            if (subject == null && depth > 0) {
                subject = parse.child(current, "nsubj:pass"); // "are committed to defeating"
            }
            if (subject != null && words.contains("relativePronouns", parse.token(subject).word())) {
                return describedBy(current);
            }
            if (subject != null) {
                return subject;
            }
            Dependency governor = parse.governor(current);
            if (governor == null || governor.governor() < 0) {
                return null;
            }
            int clause = current;
            boolean infinitive = parse.children(clause, "mark").stream().anyMatch(m -> parse.lemma(m).equals("to"));
            if (infinitive && governor.relation().startsWith("acl") && !governor.relation().equals("acl:relcl")) {
                // "a coalition to defeat ISIL" is the coalition's act; "the coalition's efforts to defeat" too
                int noun = governor.governor();
                return context.entityOf(noun) != null && !context.isPlaceToken(noun) ? Integer.valueOf(noun) : ownerOf(noun);
            }
            boolean purpose = infinitive && governor.relation().startsWith("advcl");
            Integer modified = clauseOfPrepositionalGerund(clause, governor);
            if (modified != null) {
                current = modified; // "committed to destroying ISIL", "retook it after shelling it"
                continue;
            }
            if (governor.relation().startsWith("conj") && clause > governor.governor()
                    && parse.token(governor.governor()).pos().startsWith("VB")) {
                current = governor.governor(); // "they surrounded the town and have shelled it"
                continue;
            }
            if (!governor.relation().equals("xcomp") && !purpose) {
                return null; // "stands by Iraq to defeat Daesh" is controlled; "..., killing ten" is a result
            }
            current = governor.governor();
        }
        return null;
    }

    /**
     * A gerund after a preposition that modifies a clause ("committed to defeating", "after shelling"), which
     * shares the clause's subject: the clause's head. The parser sometimes hangs the gerund under the
     * preposition itself.
     */
    private @Nullable Integer clauseOfPrepositionalGerund(int gerund, Dependency governor) {
        if (!parse.token(gerund).pos().equals("VBG")) {
            return null;
        }
        // as an oblique only of a passive: "are committed to destroying", not "after fighting between them"
        boolean ofPassive = governor.relation().startsWith("obl")
                && parse.child(governor.governor(), "aux:pass") != null;
        if (governor.relation().startsWith("advcl") || ofPassive) {
            boolean preposition = !parse.children(gerund, "case").isEmpty()
                    || !parse.children(gerund, "mark").isEmpty();
            return preposition ? Integer.valueOf(governor.governor()) : null;
        }
        Dependency above = parse.governor(governor.governor());
        boolean underPreposition = governor.relation().equals("dep")
                && PREPOSITION_TAGS.contains(parse.token(governor.governor()).pos())
                && above != null && above.governor() >= 0 && above.relation().startsWith("advcl");
        return underPreposition ? Integer.valueOf(above.governor()) : null;
    }

    /**
     * The party a participle clause without its own subject is said of: "the Houthis, backed by Iran" (the noun
     * it describes) or "forces took the town, aided by air support" (the subject of the clause it follows).
     */
    @Nullable Integer describedByParticiple(int verb) {
        Dependency governor = parse.governor(verb);
        if (!parse.token(verb).pos().equals("VBN") || governor == null || governor.governor() < 0
                || parse.child(verb, "nsubj:pass") != null || parse.child(verb, "nsubj") != null
                || !parse.children(verb, "aux").isEmpty() || !parse.children(verb, "aux:pass").isEmpty()) {
            return null;
        }
        if (governor.relation().equals("acl") && parse.token(governor.governor()).isNoun()) {
            return governor.governor();
        }
        boolean clause = governor.relation().equals("dep") || governor.relation().startsWith("advcl");
        return clause && parse.token(governor.governor()).pos().startsWith("VB") ? subjectOf(governor.governor())
                : null;
    }

    /**
     * The subject of a participle that has no auxiliary, the one a perception or result verb takes ("saw 120
     * soldiers killed", "left two civilians wounded"): the participle is passive, so its subject is done to.
     */
    @Nullable Integer subjectOfSmallClause(int verb) {
        Dependency governor = parse.governor(verb);
        String tag = parse.token(verb).pos();
        boolean participle = tag.equals("VBN") || tag.equals("VBD") && parse.child(verb, "obj") == null;
        boolean small = participle && parse.children(verb, "aux").isEmpty()
                && governor != null && governor.governor() >= 0
                && (governor.relation().equals("ccomp") || governor.relation().equals("xcomp"))
                && words.contains("resultVerbs", parse.lemma(governor.governor()));
        return small ? parse.childExactly(verb, "nsubj") : null;
    }

    /**
     * The noun a gerund was parsed as modifying, where it is the gerund's object: the parser reads "committed
     * to defeating ISIL" as "to (defeating ISIL)" with "defeating" an adjective of ISIL.
     */
    @Nullable Integer nounModifiedByGerund(int verb) {
        Dependency governor = parse.governor(verb);
        boolean modifier = parse.token(verb).pos().equals("VBG") && governor != null && governor.governor() > verb
                && governor.relation().equals("amod") && parse.token(governor.governor()).isNoun();
        return modifier ? Integer.valueOf(governor.governor()) : null;
    }

    /** The subject of the clause a phrase is attached to: "the UK" for "ISIL" in "the UK is committed to ISIL". */
    @Nullable Integer subjectOfClauseHolding(int phrase) {
        Dependency governor = parse.governor(phrase);
        if (governor == null || governor.governor() < 0 || !governor.relation().startsWith("obl")) {
            return null;
        }
        Integer subject = parse.child(governor.governor(), "nsubj");
        return subject != null ? subject : parse.child(governor.governor(), "nsubj:pass");
    }

    /** In "attacks claimed by Daesh" or "a raid conducted by the army", who: the agent of a participle on the noun. */
    @Nullable Integer agentOfParticipleOn(int noun) {
        for (int participle : parse.children(noun, "acl")) {
            if (parse.token(participle).pos().equals("VBN")) {
                return byPhraseOf(participle);
            }
        }
        Dependency governor = parse.governor(noun);
        boolean bareParticiple = governor != null && governor.governor() >= 0
                && governor.relation().equals("nsubj") && parse.token(governor.governor()).pos().equals("VBN")
                && parse.children(governor.governor(), "aux").isEmpty();
        // the parser read "attacks, claimed by Daesh, killed 35" as "attacks claimed ..., killed"
        return bareParticiple ? byPhraseOf(governor.governor()) : null;
    }

    private @Nullable Integer byPhraseOf(int verb) {
        Integer agent = parse.child(verb, "obl:agent");
        return agent != null ? agent : parse.child(verb, "obl:by");
    }


    /**
     * Whether a verb tells what a violent act did: a passive or casualty verb in the act it names ("killed in a
     * raid by US forces", "wounded in an attack", "killed a commander in a drone strike"), whose noun is the
     * event, or a casualty verb's clause after the act's verb ("shelled the town, killing 12"); its casualties
     * are the act's.
     */
    boolean isOutcomeOfAct(int verb) {
        Dependency governor = parse.governor(verb);
        boolean casualty = context.isCasualtyVerb(verb);
        if (casualty && parse.token(verb).pos().equals("VBG") && governor != null && governor.governor() >= 0
                && (governor.relation().startsWith("advcl") || governor.relation().startsWith("conj"))
                && context.isViolentVerb(governor.governor())) {
            return true; // "attacked the town, killing 12": the attack's casualties
        }
        if (!casualty && parse.child(verb, "nsubj:pass") == null && describedByParticiple(verb) == null) {
            return false; // "killed a commander in a drone strike": the strike is the event
        }
        return List.of("obl:in", "obl:during").stream().flatMap(r -> parse.children(verb, r).stream())
                .anyMatch(act -> context.isNounOf(act, t -> context.vocabulary.type(t.type()).violent()));
    }

    /**
     * The group an actor acts as part of, which acts with it: "X of" in "as part of X" or "as a member of X" on
     * the verb or a clause it is joined to or completes ("is working as part of the coalition to defeat ISIL").
     */
    @Nullable Integer wholeActedFor(int verb) {
        List<Integer> clauses = new ArrayList<>(List.of(verb));
        Integer first = parse.conjunctOf(verb);
        if (first != null) {
            clauses.add(first);
        }
        for (int depth = 0; depth < 2; depth++) {
            Dependency governor = parse.governor(clauses.get(clauses.size() - 1));
            boolean joined = governor != null && governor.governor() >= 0 && (governor.relation().startsWith("conj")
                    || governor.relation().equals("xcomp") || governor.relation().startsWith("advcl"));
            if (!joined) {
                break;
            }
            clauses.add(governor.governor());
        }
        for (int clause : clauses) {
            for (int as : parse.children(clause, "obl:as")) {
                if (words.contains("wholeNouns", parse.lemma(as))) {
                    Integer whole = parse.child(as, "nmod:of");
                    if (whole != null) {
                        return whole;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The verb and the clause its infinitive completes or is the purpose of, which may say where: "took to the
     * streets of Tbilisi to protest".
     */
    List<Integer> clausesOf(int verb) {
        Dependency governor = parse.governor(verb);
        boolean infinitive = parse.children(verb, "mark").stream().anyMatch(m -> parse.lemma(m).equals("to"));
        boolean completes = governor != null && governor.governor() >= 0 && infinitive
                && (governor.relation().equals("xcomp") || governor.relation().startsWith("advcl"));
        return completes ? List.of(verb, governor.governor()) : List.of(verb);
    }

    /** A gerund standing as a noun, the subject of its clause: "fighting erupted". */
    boolean isGerundSubject(int token) {
        Dependency governor = parse.governor(token);
        return parse.token(token).pos().equals("VBG") && governor != null && governor.governor() >= 0
                && governor.relation().equals("nsubj") && parse.children(token, "obj").isEmpty();
    }

    /** The verb a phrase is an oblique of, directly or as the "of" phrase of one ("after days of fighting"). */
    @Nullable Integer clauseOfPhrase(int noun) {
        Dependency governor = parse.governor(noun);
        if (governor != null && governor.governor() >= 0 && governor.relation().equals("nmod:of")) {
            governor = parse.governor(governor.governor());
        }
        boolean oblique = governor != null && governor.governor() >= 0 && governor.relation().startsWith("obl")
                && parse.token(governor.governor()).pos().startsWith("VB");
        return oblique ? Integer.valueOf(governor.governor()) : null;
    }

    /** In "did it with the help of X", X: a helper named in a "with" phrase of a clause. */
    @Nullable Integer helperOf(int noun) {
        Dependency governor = parse.governor(noun);
        boolean with = governor != null && governor.governor() >= 0 && governor.relation().equals("obl:with")
                && parse.token(governor.governor()).pos().startsWith("VB");
        return with ? parse.child(noun, "nmod:of") : null;
    }

    /** The party a noun of support is for: "support for Iraq", "aid to the army". */
    private boolean isSupported(int party) {
        Dependency governor = parse.governor(party);
        return governor != null && governor.governor() >= 0 && isSupportNoun(governor.governor())
                && List.of("nmod:for", "nmod:to", "nmod:of").contains(governor.relation());
    }

    /** A noun of support for a party ("support", "aid"): a nominal trigger that needs a party as its target. */
    private boolean isSupportNoun(int token) {
        return context.isNounOf(token, FactLexicon.Trigger::partyTarget);
    }

    /**
     * Who a noun of action belongs to: its possessor or compound modifier that names an entity ("the
     * coalition's campaign", "coalition efforts"), else the subject of the verb it takes part in, as object of
     * a light verb ("waged a campaign") or after "in" ("joined forces in the fight against IS").
     */
    @Nullable Integer ownerOf(int noun) {
        for (String relation : List.of("nmod:poss", "compound", "amod")) {
            for (int modifier : parse.children(noun, relation)) {
                if (context.entityOf(modifier) != null && !context.isPlaceToken(modifier)) {
                    return modifier;
                }
            }
        }
        Dependency governor = parse.governor(noun);
        if (governor == null || governor.governor() < 0) {
            return null;
        }
        Integer possessive = parse.child(noun, "nmod:poss");
        boolean ownedByPronoun = possessive != null && parse.token(possessive).pos().equals("PRP$");
        if ((ownedByPronoun || (possessive == null && isSupported(governor.governor())))
                && governor.relation().equals("nmod:in") && parse.token(governor.governor()).isNoun()
                && (context.entityOf(governor.governor()) != null || context.isForceHead(governor.governor()))
                && !context.isPlaceToken(governor.governor())) {
            // "the Iraqi people in their fight against ISIL", "support for Iraq in the fight", not "allies in
            // the fight"; "their" is the whole list
            Integer list = parse.conjunctOf(governor.governor());
            return list != null && ownedByPronoun && agrees(possessive, list) ? list : governor.governor();
        }
        String clause = parse.token(governor.governor()).pos();
        if (ownedByPronoun && (clause.startsWith("VB") || clause.startsWith("JJ"))) {
            // "the UK remains steadfast in its support": the subject's, when the pronoun agrees with it, else
            // the object's ("Egypt backs the army and the tribes in their fight"), or the party the object is
            // for ("pledged support to the army and the tribes in their fight")
            List<Integer> candidates = new ArrayList<>();
            candidates.add(subjectOf(governor.governor()));
            Integer object = parse.child(governor.governor(), "obj");
            if (object != null) {
                candidates.add(object);
                candidates.addAll(parse.children(object, "nmod:to"));
                candidates.addAll(parse.children(object, "nmod:for"));
            }
            return candidates.stream().filter(c -> c != null && agrees(possessive, c)).findFirst().orElse(null);
        }
        String verb = parse.lemma(governor.governor());
        boolean lightObject = governor.relation().equals("obj") && (LIGHT_VERBS.contains(verb)
                || (STANCE_VERBS.contains(verb) && isSupportNoun(noun))); // "reiterated its support for"
        boolean takingPart = governor.relation().endsWith(":in")
                && parse.token(governor.governor()).pos().startsWith("VB");
        // "reiterates support for the Government of Iraq in the fight against ISIL": the supported party's
        Integer support = takingPart ? parse.child(governor.governor(), "obj")
                : governor.relation().equals("nmod:in") ? Integer.valueOf(governor.governor()) : null;
        if (support != null && isSupportNoun(support)) {
            for (String relation : List.of("nmod:for", "nmod:to")) {
                Integer party = parse.child(support, relation);
                if (party != null) {
                    return party;
                }
            }
        }
        boolean response = governor.relation().equals("obl:with") && words.contains("responseVerbs", verb);
        if (!lightObject && !takingPart && !response) {
            return claimantOf(noun, governor);
        }
        return subjectOf(governor.governor()); // "waged a campaign", "responded with air strikes"
    }

    /** Who claimed an act: "Al-Shabaab claimed responsibility for the attack". */
    private @Nullable Integer claimantOf(int noun, Dependency governor) {
        if (!governor.relation().equals("nmod:for") || !words.contains("claimNouns", parse.lemma(governor.governor()))) {
            return null;
        }
        Dependency claim = parse.governor(governor.governor());
        boolean claimed = claim != null && claim.governor() >= 0 && claim.relation().equals("obj")
                && words.contains("claimVerbs", parse.lemma(claim.governor()));
        return claimed ? subjectOf(claim.governor()) : null;
    }

    /** A possessive pronoun and a noun it may stand for: "its" for one party, "their" for several, "our" for us. */
    private boolean agrees(int pronoun, int noun) {
        String word = parse.token(pronoun).word().toLowerCase(Locale.ROOT);
        String nounWord = parse.token(noun).word().toLowerCase(Locale.ROOT);
        boolean plural = parse.token(noun).pos().endsWith("S") || !parse.children(noun, "conj").isEmpty();
        return switch (word) {
            case "its" -> parse.token(noun).isNoun() && !plural;
            case "their" -> plural || nounWord.equals("they");
            case "our" -> nounWord.equals("we");
            default -> false;
        };
    }

    /** The noun a relative clause describes, from a verb of the clause or one it controls. */
    private @Nullable Integer describedBy(int verb) {
        int current = verb;
        for (int depth = 0; depth < 3; depth++) {
            Dependency governor = parse.governor(current);
            if (governor == null || governor.governor() < 0) {
                return null;
            }
            if (governor.relation().startsWith("acl")) {
                return governor.governor();
            }
            if (!governor.relation().equals("xcomp")) {
                return null;
            }
            current = governor.governor();
        }
        return null;
    }
}
