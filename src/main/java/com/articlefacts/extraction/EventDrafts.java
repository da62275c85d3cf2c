package com.articlefacts.extraction;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The checks that keep figures of speech out of the events, and the draft of one that passes them. An event
 * without a named actor is dropped unless its trigger stands alone (a truce, a car bomb) or the text names its doer
 * by a force, an office or a pronoun; a violent or military event needs an actor that can use force (a state, its
 * forces, an armed group); a violent verb whose object is an abstract noun ("attacked the plan") is no event; a
 * sentence with a match score holds no violent event. Violence by protesters is a riot, an attack by aircraft an
 * air strike.
 */
final class EventDrafts {

    private static final String RIOT = "RIOT";
    private static final String ATTACK = "ATTACK";
    private static final String AIRSTRIKE = "AIRSTRIKE";
    /** A match result ("2-1", "3 - 0"): the sentence reports sport, whatever its verbs. */
    private static final Pattern SCORE = Pattern.compile("\\b\\d{1,2} ?[-\u2013] ?\\d{1,2}\\b(?![-\u2013/.]?\\d)");

    private final EventContext context;
    private final EventSetting setting;
    private final Words words;

    EventDrafts(EventContext context, EventSetting setting) {
        this.context = context;
        this.setting = setting;
        this.words = context.words;
    }

    @Nullable EventDraft draft(FactLexicon.Trigger trigger, int head, Span triggerSpan,
            @Nullable String actor, @Nullable Integer actorToken, @Nullable String target,
            @Nullable Integer targetToken, List<Integer> holders, List<String> rules) {
        FactLexicon.EventType type = context.vocabulary.type(trigger.type());
        String typeName = trigger.type();
        // violence by protesters is a riot, ACLED's violent demonstration: "protesters clashed with police"
        boolean rioters = actor == null && actorToken != null && type.violent()
                && words.contains("protesterNouns", context.parse.lemma(actorToken));
        if (rioters) {
            typeName = RIOT;
            type = context.vocabulary.type(RIOT);
        } else if (typeName.equals(ATTACK) && actorToken != null
                && words.contains("aircraftNouns", context.parse.lemma(actorToken))) {
            typeName = AIRSTRIKE; // "US aircraft struck a training camp"
            type = context.vocabulary.type(AIRSTRIKE);
        }
        if (target == null && targetToken != null && trigger.armedTarget()) {
            target = context.armedOwnerOf(targetToken); // "destroying the terrorist scourge of ISIL"
        }
        if (actor != null && actorToken != null && context.isPerson(actor) && context.isForceHead(actorToken)) {
            actor = null; // "Maduro's government", "Assad's forces": the person's forces act, unnamed
        }
        // an actor the text names by its office or force rather than its name: "the Foreign Secretary met",
        // "gunmen attacked"; only forces do violence
        boolean armedTarget = target != null ? context.canUseForce(target, targetToken)
                : targetToken != null && context.isForceHead(targetToken); // "defeat these terrorists"
        boolean unnamed = actor == null && actorToken != null && (rioters || context.isForceHead(actorToken)
                || (!type.armedActor() && context.isOfficeHead(actorToken))
                || context.isPronounActor(actorToken, type, armedTarget));
        if (actor == null && !trigger.actorOptional() && !unnamed) {
            return null;
        }
        if (actor != null && actor.equals(target)) {
            target = null;
        }
        if (type.armedActor() && actor != null && !context.canUseForce(actor, actorToken)) {
            return null;
        }
        if ((trigger.armedTarget() && !armedTarget)
                || (trigger.partyTarget() && (target == null || context.isPlace(target)))
                || (trigger.placeTarget() && (target == null || !context.isPlace(target)))) {
            return null;
        }
        Sentence sentence = context.sentences.get(context.parse.token(head).sentence());
        if (type.violent() && (SCORE.matcher(sentence.span().coveredText(context.text)).find()
                || (targetToken != null && target == null
                        && words.contains("abstractTargets", context.parse.lemma(targetToken))))) {
            return null;
        }
        String place = setting.placeOf(holders, rules);
        if (place == null && target != null && context.isPlace(target)) {
            place = target; // "shelled Kharkiv"
        } else if (place == null) {
            String object = context.entityOf(context.parse.child(head, "obj"));
            place = object != null && context.isPlace(object) ? object : null; // "recaptured Manbij from ISIL"
        }
        if (place == null && targetToken != null && words.contains("settlementNouns", context.parse.lemma(targetToken))) {
            String named = context.entityOf(context.parse.child(targetToken, "nmod:of"));
            place = named != null && context.isPlace(named) ? named : null; // "the provincial capital of Kunduz"
        }
        String date = setting.dateOf(holders, head);
        List<Event.Party> parties = setting.mediators(sentence, actor, target);
        return new EventDraft(typeName, head, actorToken, actor, context.phraseOf(actorToken), target,
                context.phraseAfter(targetToken, triggerSpan), targetToken, place, date, parties, triggerSpan,
                sentence.span(), List.copyOf(rules));
    }
}
