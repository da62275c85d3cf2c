package com.articlefacts.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import com.articlefacts.UnicodeTexts;

/** The layout parser on arbitrary Unicode: it parses or refuses with its documented exception, never worse. */
class ArticleLayoutParserPropertyTests {

    private final ArticleLayoutParser parser = new ArticleLayoutParser();

    @Property(tries = 2000)
    void parsesOrRefusesAnyTextAndEveryRangeLiesOnCodePoints(@ForAll("texts") String text) {
        ParsedArticle parsed;
        try {
            parsed = parser.parse(text);
        } catch (ArticleFormatException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            Statistics.collect("refused");
            return;
        }
        Statistics.collect("parsed");
        assertThat(parsed.text()).isEqualTo(text);
        List<TextRange> ranges = new ArrayList<>(List.of(parsed.title()));
        ranges.addAll(parsed.paragraphs());
        int previousEnd = parsed.title().end();
        for (TextRange paragraph : parsed.paragraphs()) {
            assertThat(paragraph.start()).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = paragraph.end();
        }
        for (TextRange range : ranges) {
            assertThat(range.start()).isLessThan(range.end());
            assertThat(UnicodeTexts.onCodePointBoundary(text, range.start())).isTrue();
            assertThat(UnicodeTexts.onCodePointBoundary(text, range.end())).isTrue();
            assertThat(range.of(text)).isNotBlank();
        }
        assertThat(parser.parse(text)).isEqualTo(parsed);
    }

    @Provide
    Arbitrary<String> texts() {
        return UnicodeTexts.anything(true);
    }

    @Example
    void readsThousandsOfParagraphs() {
        StringBuilder text = new StringBuilder("A title\n\n");
        for (int i = 1; i <= 5000; i++) {
            text.append("Paragraph ").append(i).append(" in Łódź, الحسكة and 東京 👍🏽.\n\n");
        }

        ParsedArticle parsed = parser.parse(text.toString());

        assertThat(parsed.paragraphs()).hasSize(5000);
        assertThat(parsed.paragraphs().get(4999).of(parsed.text())).isEqualTo(
                "Paragraph 5000 in Łódź, الحسكة and 東京 👍🏽.");
    }
}
