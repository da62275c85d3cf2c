package com.articlefacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Headlines tagged again by a caseless recogniser, here a stand-in that knows a few words: no model is loaded. */
class CaselessNerTests {

    @Test
    void aTitleCaseHeadlineIsCaselessAndASentenceAListOfNamesOrAResultsLineIsNot() {
        assertThat(CaselessLines.isCaseless("Protesters Rally Against Finance Bill In Lima")).isTrue();
        assertThat(CaselessLines.isCaseless("Rebels Seize Key Town as Army Retreats from Tillabéri")).isTrue();
        assertThat(CaselessLines.isCaseless("Ruto Says Kenya Will Not Back Down")).isTrue();
        assertThat(CaselessLines.isCaseless("CRICKET - SOMERSET TAKE OVER AT TOP AFTER INNINGS VICTORY .")).isFalse();
        assertThat(CaselessLines.isCaseless("Squad: Sachin Tendulkar, Rahul Dravid, Anil Kumble, Javagal Srinath"))
                .isFalse();
        assertThat(CaselessLines.isCaseless("Police in Lima arrested dozens of protesters on Sunday.")).isFalse();
        assertThat(CaselessLines.isCaseless("Boca Juniors 2 River Plate 1 Racing Club 0 Independiente 3")).isFalse();
        assertThat(CaselessLines.isCaseless("Getty Images")).isFalse();
    }

    @Test
    void aHeadlinesNamesAreTheCaselessTagsAndTheBodyKeepsItsOwn() {
        String text = "Protesters Rally Against Finance Bill In Lima Monday\nProtesters in Lima marched on Monday.";
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        Map<String, String> cased = Map.of("Protesters", "ORGANIZATION", "Rally", "ORGANIZATION", "Against",
                "ORGANIZATION", "Finance", "ORGANIZATION", "Bill", "PERSON", "Lima", "LOCATION", "Monday", "DATE");
        int begin = 0;
        for (String line : text.split("\n")) {
            int first = tokens.size();
            for (String word : line.split(" ")) {
                int start = text.indexOf(word, begin);
                String tag = line.startsWith("Protesters Rally") ? cased.getOrDefault(word, "O")
                        : word.equals("Lima") ? "LOCATION" : "O";
                tokens.add(new Token(tokens.size(), sentences.size(), new Span(start, start + word.length()), word,
                        "NNP", word.toLowerCase(), tag));
                begin = start + word.length();
            }
            sentences.add(new Sentence(sentences.size(), new Span(tokens.get(first).span().begin(), begin), first,
                    tokens.size()));
        }
        List<NerMention> mentions = List.of(new NerMention(new Span(0, 32), "ORGANIZATION", 0, 4, null),
                new NerMention(new Span(33, 37), "PERSON", 4, 5, null),
                new NerMention(new Span(41, 45), "LOCATION", 6, 7, null),
                new NerMention(new Span(46, 52), "DATE", 7, 8, "2024-06-03"),
                new NerMention(new Span(67, 71), "LOCATION", 10, 11, null));

        CaselessNer.Result result = CaselessNer.retag(text, sentences, tokens, mentions,
                words -> words.stream().map(word -> word.equals("Lima") ? "LOCATION" : "O").toList());

        assertThat(result.mentions()).extracting(m -> m.span().coveredText(text) + "/" + m.nerType())
                .containsExactly("Lima/LOCATION", "Monday/DATE", "Lima/LOCATION");
        assertThat(result.tokens().subList(0, 5)).extracting(Token::ner).containsOnly("O");
        assertThat(result.tokens().get(7).ner()).isEqualTo("DATE");
        assertThat(result.tokens().get(10).ner()).isEqualTo("LOCATION");
    }
}
