package com.articlefacts.extraction;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Who did what to whom, where and when.
 *
 * @param id "e1", "e2", ... in order of the trigger
 * @param type one of the vocabulary in {@code kb/event-triggers.json}
 * @param acledEventType the ACLED event type (Battles, Explosions/Remote violence, ...); null for verbal events
 * @param acledSubEventType the ACLED sub-event type (Armed clash, Air/drone strike, ...); null for verbal events
 * @param cameo the CAMEO event code, where one fits
 * @param actor entity key of who did it
 * @param actorPhrase the words that name the actor in the event's sentence, entity or not
 * @param target entity key of whom or what it was done to
 * @param targetPhrase the words that name the target in the event's sentence ("civilians"), entity or not
 * @param place entity key of where
 * @param date the ISO date or week it happened, from the sentence
 * @param thirdParties others involved, with their role
 * @param casualties people reported killed or injured in the event's sentence
 * @param trigger the words that state it
 * @param evidence the sentence that states it
 * @param attribution id of the attribution that reports it
 * @param certainty asserted (the article says it), reported (a source says it) or alleged
 * @param rules the named patterns of {@code kb/event-patterns.json} (or rules of the stage's code, named
 *        {@code code:...}) that bound its actor, target and place: what {@code eval relations --rules} measures
 */
public record Event(String id, String type, @Nullable String acledEventType, @Nullable String acledSubEventType,
        @Nullable String cameo, @Nullable String actor, @Nullable Span actorPhrase, @Nullable String target,
        @Nullable Span targetPhrase, @Nullable String place, @Nullable String date, List<Party> thirdParties,
        List<Casualty> casualties, Span trigger, Span evidence, @Nullable String attribution, String certainty, List<String> rules) {

    public static final String ASSERTED = "asserted";
    public static final String REPORTED = "reported";
    public static final String ALLEGED = "alleged";
    /** Every certainty an event may have. */
    public static final List<String> CERTAINTIES = List.of(ASSERTED, REPORTED, ALLEGED);

    public Event {
        thirdParties = List.copyOf(thirdParties);
        casualties = List.copyOf(casualties);
        rules = List.copyOf(rules);
    }

    /** An entity involved in an event besides its actor and target. */
    public record Party(String key, String role) {
    }

    /**
     * People reported killed or injured.
     *
     * @param kind {@link #KILLED} or {@link #INJURED}
     * @param count how many, null when the text is vague ("dozens", "several")
     * @param victims who they were, as the text says it ("soldiers", "civilians"), or an entity key
     * @param evidence the words that report them
     */
    public record Casualty(String kind, @Nullable Integer count, @Nullable String victims, Span evidence) {
        public static final String KILLED = "killed";
        public static final String INJURED = "injured";
        /** Every kind a casualty may have. */
        public static final List<String> KINDS = List.of(KILLED, INJURED);
    }
}
