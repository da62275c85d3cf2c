package com.articlefacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;

/** Every pattern of {@code kb/event-patterns.json} against the sentences the file says it must and must not match. */
class ArgumentPatternsTests {

    /** CoreNLP's reader keeps a word and its tag; the lemma after them is ours. */
    private static final Pattern WITH_LEMMA = Pattern.compile("([^\\s\\[\\]>/]+)/([^\\s\\[\\]/]+)/([^\\s\\[\\]/]+)");

    private static final FactLexicon LEXICON = FactLexicon.load();
    private static final ArgumentPatterns PATTERNS = ArgumentPatterns.of(LEXICON, Words.load());

    @TestFactory
    Stream<DynamicTest> eachPatternBindsWhatItsExamplesSay() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < LEXICON.patterns().size(); i++) {
            ArgumentPattern.Spec spec = LEXICON.patterns().get(i);
            ArgumentPattern pattern = PATTERNS.all().get(i);
            for (ArgumentPattern.Example example : spec.matches()) {
                tests.add(DynamicTest.dynamicTest(spec.name() + " matches " + example.parse(), () ->
                        assertThat(bound(pattern, example)).as("the words it binds for " + example.trigger())
                                .contains(example.binds())));
            }
            for (ArgumentPattern.Example example : spec.rejects()) {
                tests.add(DynamicTest.dynamicTest(spec.name() + " rejects " + example.parse(), () ->
                        assertThat(bound(pattern, example)).as("the words it binds for " + example.trigger())
                                .isEmpty()));
            }
        }
        return tests.stream();
    }

    @Test
    void everyPatternHasAMatchAndARejectAndNoSentenceServesTwice() {
        Set<String> seen = new HashSet<>();
        for (ArgumentPattern.Spec spec : LEXICON.patterns()) {
            assertThat(spec.matches()).as(spec.name()).isNotEmpty();
            assertThat(spec.rejects()).as(spec.name()).isNotEmpty();
            assertThat(spec.why()).as(spec.name()).isNotBlank();
            for (ArgumentPattern.Example example : concat(spec.matches(), spec.rejects())) {
                assertThat(seen.add(example.parse())).as("a sentence used twice: " + example.parse()).isTrue();
            }
        }
    }

    @Test
    void patternNamesAreUnique() {
        assertThat(LEXICON.patterns().stream().map(ArgumentPattern.Spec::name)).doesNotHaveDuplicates();
    }

    private static List<ArgumentPattern.Example> concat(List<ArgumentPattern.Example> a,
            List<ArgumentPattern.Example> b) {
        List<ArgumentPattern.Example> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The words the pattern binds in its role for the example's trigger word. */
    private static List<String> bound(ArgumentPattern pattern, ArgumentPattern.Example example) {
        SemanticGraph graph = parse(example.parse());
        List<String> words = new ArrayList<>();
        SemgrexMatcher matcher = pattern.semgrex().matcher(graph);
        while (matcher.find()) {
            if (matcher.getNode(ArgumentPattern.TRIGGER).word().equals(example.trigger())) {
                words.add(matcher.getNode(pattern.role()).word());
            }
        }
        return words;
    }

    /** CoreNLP's compact notation, with {@code word/TAG/lemma} where the lemma is not the word in lower case. */
    static SemanticGraph parse(String compact) {
        Map<String, String> lemmas = new HashMap<>();
        Matcher written = WITH_LEMMA.matcher(compact);
        while (written.find()) {
            lemmas.put(written.group(1), written.group(3));
        }
        SemanticGraph graph = SemanticGraph.valueOf(WITH_LEMMA.matcher(compact).replaceAll("$1/$2"));
        for (IndexedWord word : graph.vertexSet()) {
            word.setLemma(lemmas.getOrDefault(word.word(), word.word().toLowerCase(Locale.ROOT)));
        }
        return graph;
    }
}
