package com.articlefacts.eval;

import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import com.articlefacts.extraction.Event;
import com.articlefacts.extraction.Extraction;

/**
 * For each named rule that bound an argument of an event ({@link Event#rules()}): how many events of a scored kind
 * it took part in, and how many of them match a gold relation (true) or none (false). An event stating no actor
 * or no target is counted as a match but neither true nor false, as the relation scores count it.
 */
final class RuleScores {

    private final Map<String, Set<String>> typesByRelation;
    private final Map<String, int[]> byRule = new TreeMap<>();

    RuleScores(Map<String, Set<String>> typesByRelation) {
        this.typesByRelation = typesByRelation;
    }

    void score(String relation, Extraction extraction, Predicate<Event> matchesGold) {
        Set<String> types = typesByRelation.get(relation);
        for (Event event : extraction.events()) {
            if (!types.contains(event.type())) {
                continue;
            }
            boolean stated = RelationsEvaluation.states(event);
            boolean right = stated && matchesGold.test(event);
            for (String rule : event.rules()) {
                int[] counts = byRule.computeIfAbsent(relation + " " + rule, k -> new int[3]);
                counts[0]++;
                counts[1] += right ? 1 : 0;
                counts[2] += stated && !right ? 1 : 0;
            }
        }
    }

    /** One line per relation and rule: matches, true and false positives. */
    Map<String, Map<String, Integer>> print(PrintStream out) {
        Map<String, Map<String, Integer>> figures = new TreeMap<>();
        out.printf("%-58s %7s %5s %5s%n", "relation rule", "matches", "true", "false");
        byRule.forEach((rule, counts) -> {
            out.printf("%-58s %7d %5d %5d%n", rule, counts[0], counts[1], counts[2]);
            figures.put(rule, Map.of("matches", counts[0], "true", counts[1], "false", counts[2]));
        });
        return figures;
    }
}
