package com.articlefacts.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ArticleLayoutParserTests {

    private static final Path SEED = Path.of("seeds/000_fe54be4b88a2ffd5.txt");

    private final ArticleLayoutParser parser = new ArticleLayoutParser();

    @Test
    void readsTheSeedLayout() throws IOException {
        byte[] bytes = Files.readAllBytes(SEED);
        ParsedArticle article = parser.parse(bytes);

        assertThat(article.text()).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        assertThat(article.titleText()).isEqualTo("Fighting resumes in Hassakeh despite Russian push for peace");
        assertThat(article.standfirstText()).startsWith("After days of heavy fighting").endsWith("little effect.");
        assertThat(article.readingTimeMinutes()).isEqualTo(2);
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2016, 8, 21));
        assertThat(article.imageCaptionText()).isEqualTo("Fighting had erupted in Hasakah province last week");
        assertThat(article.imageCreditText()).isEqualTo("Getty");
        assertThat(article.paragraphs()).hasSize(13);
        assertThat(article.paragraphs().get(0).of(article.text())).startsWith("Kurdish fighters in Syria's");
        assertThat(article.paragraphs().get(12).of(article.text())).endsWith("in the local conflict.");
    }

    @Test
    void keepsNonBreakingSpacesInsideParagraphsAndTrimsThemAtTheEdges() throws IOException {
        ParsedArticle article = parser.parse(Files.readAllBytes(SEED));
        List<String> texts = article.paragraphs().stream().map(range -> range.of(article.text())).toList();

        assertThat(texts.get(3)).contains("told\u00A0The New Arab\u00A0said").endsWith("eastern city.");
        assertThat(texts).allSatisfy(text -> assertThat(text).doesNotStartWith(" ").doesNotEndWith("\u00A0"));
        assertThat(article.text()).contains("\u00A0");
    }

    @Test
    void lineOfOnlyANonBreakingSpaceSeparatesParagraphs() {
        ParsedArticle article = parser.parse(layout("\n") + "First.\n\u00A0\nSecond.\n \u00A0 \nThird.\n");

        assertThat(bodies(article)).containsExactly("First.", "Second.", "Third.");
    }

    @Test
    void readsCrlfLineEndsWithTheSameParagraphs() {
        String unix = layout("\n") + "One paragraph.\n\nAnother one.\n";
        ParsedArticle crlf = parser.parse(unix.replace("\n", "\r\n"));

        assertThat(crlf.text()).contains("\r\n");
        assertThat(bodies(crlf)).containsExactly("One paragraph.", "Another one.");
        assertThat(crlf.publishedOn()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(crlf.imageCreditText()).isEqualTo("AFP");
    }

    @Test
    void readsAFileWithoutTrailingNewline() {
        ParsedArticle article = parser.parse(layout("\n") + "Last words.");

        assertThat(bodies(article)).containsExactly("Last words.");
        assertThat(article.paragraphs().get(0).end()).isEqualTo(article.text().length());
    }

    @Test
    void readsAFileWithNoDateLine() {
        ParsedArticle article = parser.parse("A title\n\nA standfirst line\n3 min read\nA caption [Reuters]\n\nBody.\n");

        assertThat(article.publishedOn()).isNull();
        assertThat(article.readingTimeMinutes()).isEqualTo(3);
        assertThat(article.standfirstText()).isEqualTo("A standfirst line");
        assertThat(article.imageCreditText()).isEqualTo("Reuters");
        assertThat(bodies(article)).containsExactly("Body.");
    }

    @Test
    void readsTitleAndBodyWhenThereIsNoHeaderBlock() {
        ParsedArticle article = parser.parse("Only a title\n\nFirst paragraph.\n\nSecond paragraph.\n");

        assertThat(article.standfirst()).isNull();
        assertThat(article.publishedOn()).isNull();
        assertThat(bodies(article)).containsExactly("First paragraph.", "Second paragraph.");
    }

    @Test
    void acceptsOtherCommonDateForms() {
        assertThat(parser.parse("T\n\nS\nMarch 5, 2021\n\nBody.").publishedOn()).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(parser.parse("T\n\nS\n2021-03-05\n\nBody.").publishedOn()).isEqualTo(LocalDate.of(2021, 3, 5));
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThatThrownBy(() -> parser.parse(new byte[0]))
                .isInstanceOf(ArticleFormatException.class).hasMessage("the file is empty");
        assertThatThrownBy(() -> parser.parse(" \n\u00A0\n"))
                .isInstanceOf(ArticleFormatException.class).hasMessage("the file holds only whitespace");
    }

    @Test
    void rejectsATitleWithoutBody() {
        assertThatThrownBy(() -> parser.parse(layout("\n")))
                .isInstanceOf(ArticleFormatException.class).hasMessageContaining("no body paragraph");
    }

    @Test
    void rejectsInvalidUtf8NamingTheByte() {
        byte[] bytes = "Title\n\nBody \u00e9".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 1] = (byte) 0x28; // cuts the two-byte sequence of "é" in half

        assertThatThrownBy(() -> parser.parse(bytes))
                .isInstanceOf(ArticleFormatException.class)
                .hasMessage("not valid UTF-8: malformed byte sequence at byte " + (bytes.length - 2));
    }

    @Test
    void dropsAByteOrderMarkSoOffsetsStartAtTheTitle() {
        byte[] text = (layout("\n") + "Body.").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        assertThat(parser.parse(withBom).title().start()).isZero();
    }

    @Test
    void offsetsCountUtf16CodeUnitsPastCharactersOutsideTheBmp() {
        ParsedArticle article = parser.parse("Title \uD83D\uDCF0\n\nS\n1 March, 2020\n\nAfter the emoji.");

        assertThat(article.titleText()).isEqualTo("Title \uD83D\uDCF0");
        assertThat(bodies(article)).containsExactly("After the emoji.");
    }

    @Test
    void parsesAFiveMegabyteFile() {
        StringBuilder text = new StringBuilder(layout("\n"));
        String paragraph = "A sentence of a long article, repeated to make a large file. ".repeat(20);
        while (text.length() < 5 * 1024 * 1024) {
            text.append(paragraph).append("\n\n");
        }
        ParsedArticle article = parser.parse(text.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(article.paragraphs()).hasSizeGreaterThan(4000);
        assertThat(bodies(article)).allSatisfy(body -> assertThat(body).isEqualTo(paragraph.strip()));
    }

    private static String layout(String newline) {
        return String.join(newline, "A title", "", "A standfirst.", "4 min read", "1 March, 2020",
                "A caption [AFP]", "", "");
    }

    private static List<String> bodies(ParsedArticle article) {
        return article.paragraphs().stream().map(range -> range.of(article.text())).toList();
    }
}
