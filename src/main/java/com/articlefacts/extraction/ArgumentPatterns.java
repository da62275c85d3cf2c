package com.articlefacts.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

/**
 * The argument patterns of {@code kb/event-patterns.json}, compiled. A pattern may name a word list where a
 * Semgrex attribute takes a regular expression ({@code {lemma:@resultVerbs}}): the list's words, in any case.
 */
final class ArgumentPatterns {

    private static final Pattern LIST = Pattern.compile("@([A-Za-z]+)");

    private final List<ArgumentPattern> patterns;

    /** @param lists the word lists a pattern may name, by name */
    ArgumentPatterns(List<ArgumentPattern.Spec> specs, Function<String, Set<String>> lists) {
        List<ArgumentPattern> compiled = new ArrayList<>();
        for (ArgumentPattern.Spec spec : specs) {
            if (!ArgumentPattern.ROLES.contains(spec.role()) || !ArgumentPattern.TRIGGERS.contains(spec.on())
                    || (spec.skip() != null && !ArgumentPattern.SKIPS.containsAll(spec.skip()))
                    || (spec.voice() != null && !ArgumentPattern.VOICES.contains(spec.voice()))) {
                throw new IllegalStateException(FactLexicon.PATTERNS + ": the pattern " + spec.name()
                        + " has an unknown role, trigger kind, skip or voice: " + spec.role() + ", " + spec.on()
                        + ", " + spec.skip() + ", " + spec.voice());
            }
            String expanded = expand(spec.pattern(), lists);
            SemgrexPattern semgrex = SemgrexPattern.compile(expanded);
            if (!expanded.contains("=" + ArgumentPattern.TRIGGER) || !expanded.contains("=" + spec.role())) {
                throw new IllegalStateException(FactLexicon.PATTERNS + ": the pattern " + spec.name()
                        + " must name the nodes trigger and " + spec.role());
            }
            compiled.add(new ArgumentPattern(spec.name(), spec.role(), spec.on(), semgrex,
                    spec.skip() == null ? Set.of() : Set.copyOf(spec.skip()), spec.overridesObject(),
                    spec.unnamedForce(), spec.voice()));
        }
        this.patterns = List.copyOf(compiled);
    }

    private static String expand(String pattern, Function<String, Set<String>> lists) {
        Matcher matcher = LIST.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String alternatives = lists.apply(matcher.group(1)).stream().sorted()
                    .map(word -> word.replaceAll("[^\\p{L}\\p{N} ]", "\\\\$0"))
                    .collect(Collectors.joining("|"));
            matcher.appendReplacement(out, Matcher.quoteReplacement("/(?i)(?:" + alternatives + ")/"));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * The lexicon's patterns, with the lists they may name: the triggers of an event type ({@code @SUPPORT}),
     * every nominal trigger ({@code @triggerNouns}) or a list of {@code kb/words.json}.
     */
    static ArgumentPatterns of(FactLexicon lexicon, Words words) {
        return new ArgumentPatterns(lexicon.patterns(), name -> {
            if (lexicon.eventTypes().containsKey(name)) {
                return lexicon.triggerLemmas(Set.of(name));
            }
            if (name.equals("triggerNouns")) {
                return lexicon.triggers().stream().filter(FactLexicon.Trigger::noun).map(FactLexicon.Trigger::lemma)
                        .collect(Collectors.toCollection(java.util.TreeSet::new));
            }
            return words.list(name);
        });
    }

    List<ArgumentPattern> all() {
        return patterns;
    }

    /** What one pattern bound: the role's word for a trigger, both as token indices of the document. */
    record Binding(ArgumentPattern pattern, int trigger, int argument) {
    }

    /** Every binding of every pattern in the sentence, by trigger, in the file's order of the patterns. */
    Map<Integer, List<Binding>> bind(SemanticGraph graph, Sentence sentence) {
        Map<Integer, List<Binding>> byTrigger = new HashMap<>();
        for (ArgumentPattern pattern : patterns) {
            SemgrexMatcher matcher = pattern.semgrex().matcher(graph);
            while (matcher.find()) {
                IndexedWord trigger = matcher.getNode(ArgumentPattern.TRIGGER);
                IndexedWord argument = matcher.getNode(pattern.role());
                Binding binding = new Binding(pattern, SentenceGraphs.tokenOf(sentence, trigger),
                        SentenceGraphs.tokenOf(sentence, argument));
                List<Binding> bindings = byTrigger.computeIfAbsent(binding.trigger(), k -> new ArrayList<>());
                if (!bindings.contains(binding)) {
                    bindings.add(binding);
                }
            }
        }
        return byTrigger;
    }
}
