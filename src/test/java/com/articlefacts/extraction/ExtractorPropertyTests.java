package com.articlefacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import com.articlefacts.UnicodeTexts;
import com.articlefacts.article.ArticleFormatException;
import com.articlefacts.article.ArticleLayoutParser;

/**
 * The whole pipeline on arbitrary Unicode articles, as the service runs it (the parser first): no exception escapes,
 * every span lies inside the text on code-point boundaries, names and dates have no surrounding space, and the same
 * text gives the same facts.
 */
class ExtractorPropertyTests {

    private static final LocalDate PUBLISHED = LocalDate.of(2016, 8, 21);
    private static final Extractor EXTRACTOR = new Extractor(Annotated.KB, Annotated.LEXICON, CoreNlp::pipeline);

    private final ArticleLayoutParser parser = new ArticleLayoutParser();

    @Property(tries = 60)
    void everySpanLiesInsideTheTextOnCodePointsAndTheFactsAreDeterministic(@ForAll("articles") String text) {
        try {
            parser.parse(text);
        } catch (ArticleFormatException notAnArticle) {
            Statistics.collect("refused by the parser");
            return; // refused before extraction, as the service does
        }
        Statistics.collect("extracted");
        Extraction extraction = EXTRACTOR.extract(text, PUBLISHED);

        for (Span span : spans(extraction)) {
            assertThat(span.begin()).isBetween(0, text.length());
            assertThat(span.end()).isBetween(span.begin(), text.length());
            assertThat(UnicodeTexts.onCodePointBoundary(text, span.begin())).as("begin of %s", span).isTrue();
            assertThat(UnicodeTexts.onCodePointBoundary(text, span.end())).as("end of %s", span).isTrue();
        }
        List<Span> named = new ArrayList<>();
        extraction.mentions().forEach(mention -> named.add(mention.span()));
        extraction.dates().forEach(date -> named.add(date.span()));
        for (Span span : named) {
            String covered = span.coveredText(text);
            assertThat(covered).as("%s", span).isNotBlank().isEqualTo(covered.strip());
        }
        assertThat(EXTRACTOR.extract(text, PUBLISHED)).isEqualTo(extraction);
    }

    @Provide
    Arbitrary<String> articles() {
        return UnicodeTexts.anything(false);
    }

    @Example
    void extractsAnArticleOfAThousandParagraphs() {
        StringBuilder text = new StringBuilder("Shelling in the north\n\n");
        for (int i = 1; i <= 1000; i++) {
            text.append("Kurdish forces shelled Al-Hasakah on Friday, the Syrian Observatory said (").append(i)
                    .append(").\n\n");
        }

        Extraction extraction = EXTRACTOR.extract(text.toString(), PUBLISHED);

        assertThat(extraction.entities()).extracting(Entity::key).contains("al-hasakah");
        for (Span span : spans(extraction)) {
            assertThat(span.end()).isLessThanOrEqualTo(text.length());
        }
    }

    private static List<Span> spans(Extraction extraction) {
        List<Span> spans = new ArrayList<>();
        extraction.mentions().forEach(mention -> spans.add(mention.span()));
        extraction.dates().forEach(date -> spans.add(date.span()));
        extraction.events().forEach(event -> {
            spans.add(event.trigger());
            spans.add(event.evidence());
        });
        extraction.attributions().forEach(attribution -> {
            spans.add(attribution.cue());
            spans.add(attribution.claim());
        });
        extraction.sentences().forEach(sentence -> spans.add(sentence.span()));
        return spans;
    }
}
