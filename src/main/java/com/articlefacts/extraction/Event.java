package com.articlefacts.extraction;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Who did what to whom, where and when.
 *
 * @param id "e1", "e2", ... in order of the trigger
 * @param type one of the vocabulary in {@code kb/event-triggers.json}
 * @param actor entity key of who did it
 * @param target entity key of whom or what it was done to
 * @param place entity key of where
 * @param date the ISO date or week it happened, from the sentence
 * @param thirdParties others involved, with their role
 * @param trigger the words that state it
 * @param evidence the sentence that states it
 * @param attribution id of the attribution that reports it
 * @param certainty asserted (the article says it), reported (a source says it) or alleged
 */
public record Event(String id, String type, @Nullable String actor, @Nullable String target, @Nullable String place,
        @Nullable String date, List<Party> thirdParties, Span trigger, Span evidence, @Nullable String attribution,
        String certainty) {

    public Event {
        thirdParties = List.copyOf(thirdParties);
    }

    /** An entity involved in an event besides its actor and target. */
    public record Party(String key, String role) {
    }
}
