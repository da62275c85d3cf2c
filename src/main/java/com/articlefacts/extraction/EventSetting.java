package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where and when an event happened as its own sentence says, and who mediated it: the place the patterns attach
 * to the trigger or the clause that holds it (the most precise place named there, not one that names whose act it
 * was), "the city" for the city the article is about; a calendar date attached to the trigger; the parties named
 * in a phrase of mediation.
 */
final class EventSetting {

    private final EventContext context;
    private final ArgumentChains chains;
    private final Parse parse;
    private final Words words;

    EventSetting(EventContext context, ArgumentChains chains) {
        this.context = context;
        this.chains = chains;
        this.parse = context.parse;
        this.words = context.words;
    }

    /** The place the trigger's clause attaches, or "the city" the article is about. */
    @Nullable String placeOf(List<Integer> holders, List<String> rules) {
        List<ArgumentPatterns.Binding> phrases = new ArrayList<>();
        for (int holder : holders) {
            phrases.addAll(context.bound(holder, ArgumentPattern.PLACE, parse.token(holder).isNoun()));
        }
        String best = null;
        String bestRule = null;
        int bestRank = Integer.MAX_VALUE;
        boolean theCity = false;
        for (ArgumentPatterns.Binding binding : phrases) {
            int phrase = binding.argument();
            Span span = parse.subtree(phrase, EventContext.SKIP_CLAUSES);
            List<Span> doers = doersOfAct(phrase);
            for (EntityMention mention : context.mentions) {
                Entity entity = context.entities.get(mention.entityKey());
                if (entity != null && entity.type().isPlace() && !mention.actor() && span.contains(mention.span())
                        && doers.stream().noneMatch(d -> d.overlaps(mention.span()))
                        && rank(entity.type()) < bestRank) {
                    best = entity.key();
                    bestRule = binding.pattern().name();
                    bestRank = rank(entity.type());
                }
            }
            theCity |= words.contains("cityNouns", parse.lemma(phrase))
                    && parse.children(phrase, "det").stream().anyMatch(d -> parse.lemma(d).equals("the"));
        }
        if (best != null) {
            rules.add(bestRule);
            return best;
        }
        return theCity ? context.focusCity() : null;
    }

    /** For a phrase naming an act ("in a Russian airstrike"), the words before it that say whose act it is. */
    private List<Span> doersOfAct(int phrase) {
        if (!context.isNounOf(phrase, t -> true)) {
            return List.of();
        }
        List<Span> doers = new ArrayList<>();
        for (String relation : List.of("amod", "compound", "nmod:poss")) {
            for (int modifier : parse.children(phrase, relation)) {
                doers.add(parse.token(modifier).span());
            }
        }
        return doers;
    }

    private int rank(EntityType type) {
        return switch (type) {
            case CITY, FACILITY -> 0;
            case STATE_OR_PROVINCE -> 1;
            case LOCATION -> 2;
            default -> 3;
        };
    }

    /** A calendar date attached to the trigger or its clause, else the first one shortly after a noun. */
    @Nullable String dateOf(List<Integer> holders, int head) {
        for (int holder : holders) {
            for (Dependency dependency : parse.children(holder)) {
                Span span = parse.subtree(dependency.dependent(), EventContext.SKIP_CLAUSES);
                TemporalExpression date = calendarDateIn(span);
                if (date != null && (dependency.relation().startsWith("obl") || dependency.relation().startsWith(
                        "nmod") || dependency.relation().startsWith("advmod"))) {
                    return date.calendarValue();
                }
            }
        }
        if (parse.token(head).isNoun()) {
            int sentence = parse.token(head).sentence();
            for (int i = head + 1; i < Math.min(parse.tokens().size(), head + 9); i++) {
                if (parse.token(i).sentence() != sentence) {
                    break;
                }
                TemporalExpression date = calendarDateIn(parse.token(i).span());
                if (date != null) {
                    return date.calendarValue();
                }
            }
        }
        return null;
    }

    private @Nullable TemporalExpression calendarDateIn(Span span) {
        for (TemporalExpression date : context.dates) {
            // a day with its part ("Sunday morning") is a TIME to HeidelTime, and still the day of an event
            if (date.span().overlaps(span) && (date.kind().equals("DATE") || date.kind().equals("TIME"))
                    && date.begin() != null) {
                return date;
            }
        }
        return null;
    }

    /**
     * Mediators: context.entities of the sentence, other than actor and target, named in a phrase or clause of
     * mediation ("a UN mediation team", "Egypt, which brokered").
     */
    List<Event.Party> mediators(Sentence sentence, @Nullable String actor, @Nullable String target) {
        List<Event.Party> parties = new ArrayList<>();
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            if (!words.contains("mediationWords", parse.lemma(i))) {
                continue;
            }
            Dependency governor = parse.governor(i);
            Span scope = parse.token(i).pos().startsWith("NN") || governor == null || governor.governor() < 0
                    ? parse.nounPhrase(governor != null && governor.relation().equals("compound")
                            && governor.governor() >= 0 ? governor.governor() : i)
                    : parse.subtree(i, EventContext.SKIP_CLAUSES);
            Integer subject = parse.token(i).pos().startsWith("VB") ? chains.subjectOf(i) : null;
            if (subject != null) {
                Span subjectPhrase = parse.nounPhrase(subject);
                scope = new Span(Math.min(scope.begin(), subjectPhrase.begin()),
                        Math.max(scope.end(), subjectPhrase.end()));
            }
            for (EntityMention mention : context.mentions) {
                String key = mention.entityKey();
                if (scope.contains(mention.span()) && !key.equals(actor) && !key.equals(target) && !context.isPlace(key)
                        && parties.stream().noneMatch(p -> p.key().equals(key))) {
                    parties.add(new Event.Party(key, "mediator"));
                }
            }
        }
        return parties;
    }
}
