package com.articlefacts.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import com.articlefacts.article.Article;
import com.articlefacts.article.ArticleFormatException;
import com.articlefacts.article.ArticleRepository;
import com.articlefacts.fact.FactStore;
import com.articlefacts.fact.MentionRepository;
import com.articlefacts.fact.NamedEntityRepository;

@DataJpaTest
@Import({ArticleIngestor.class, FactStore.class, ExtractorConfiguration.class, ArticleIngestorTests.FixedClock.class})
class ArticleIngestorTests {

    private static final String ARTICLE = "Kurds and regime clash in Qamishli\n\nA standfirst.\n1 min read\n2 March, 2020\n\n"
            + "Kurdish fighters took a hill near Qamishli.\n\nSecond paragraph.\n";

    @Autowired
    private ArticleIngestor ingestor;

    @Autowired
    private ArticleRepository articles;

    @Autowired
    private MentionRepository mentions;

    @Autowired
    private NamedEntityRepository entities;

    @Test
    void storesANewArticleUnderTheSlugOfItsTitle() {
        IngestOutcome outcome = ingestor.ingest("a.txt", bytes(ARTICLE));

        assertThat(outcome.status()).isEqualTo(IngestOutcome.Status.CREATED);
        assertThat(outcome.slug()).isEqualTo("kurds-and-regime-clash-in-qamishli");
        Article stored = articles.findById(outcome.articleId()).orElseThrow();
        assertThat(stored.sha256()).isEqualTo(ArticleIngestor.sha256Hex(bytes(ARTICLE)));
        assertThat(stored.paragraphs()).hasSize(2);
    }

    @Test
    void storesTheArticlesEntitiesWithItAndTheExtractorVersion() {
        long id = ingestor.ingest("a.txt", bytes(ARTICLE)).articleId();

        assertThat(articles.findById(id).orElseThrow().extractorVersion()).isNotBlank();
        assertThat(mentions.findByArticle(id)).extracting(m -> m.entity().key())
                .containsExactly("syrian-regime", "qamishli", "ypg", "qamishli");
        assertThat(entities.findByKey("qamishli")).hasValueSatisfying(e -> assertThat(e.linked()).isTrue());
    }

    @Test
    void sharesEntitiesAcrossArticlesByKey() {
        ingestor.ingest("a.txt", bytes(ARTICLE));
        ingestor.ingest("b.txt", bytes(ARTICLE.replace("Second paragraph.", "Qamishli was calm on Sunday.")));

        assertThat(entities.findAll()).filteredOn(e -> e.key().equals("qamishli")).hasSize(1);
    }

    @Test
    void replacingAnArticleReplacesItsMentions() {
        long id = ingestor.ingest("a.txt", bytes(ARTICLE)).articleId();

        ingestor.ingest("a.txt", bytes(ARTICLE.replace("Kurdish fighters took a hill near Qamishli.", "Calm.")));

        assertThat(mentions.findByArticle(id)).extracting(m -> m.entity().key()).containsExactly("syrian-regime", "qamishli");
    }

    @Test
    void replacingAnArticleForgetsEntitiesOnlyItsOldContentNamed() {
        long id = ingestor.ingest("a.txt", bytes(ARTICLE)).articleId();
        ingestor.create("b.txt", bytes("Regime forces\n\nThe Syrian regime shelled Daraa on Monday.\n"));

        ingestor.replace(id, bytes(ARTICLE.replace("Qamishli", "Kobani")));

        assertThat(entities.findByKey("qamishli")).isEmpty();
        assertThat(entities.findByKey("kobani")).isPresent();
        assertThat(entities.findByKey("syrian-regime")).isPresent();
    }

    @Test
    void extractsAgainAnArticleAnOlderExtractorMade() {
        long id = ingestor.ingest("a.txt", bytes(ARTICLE)).articleId();
        String current = articles.findById(id).orElseThrow().extractorVersion();
        articles.findById(id).orElseThrow().markExtracted("0+data.old");
        articles.flush();

        assertThat(ingestor.staleArticles()).containsExactly(id);
        assertThat(ingestor.reextract(id)).isTrue();

        assertThat(articles.findById(id).orElseThrow().extractorVersion()).isEqualTo(current);
        assertThat(ingestor.staleArticles()).isEmpty();
        assertThat(mentions.findByArticle(id)).isNotEmpty();
        assertThat(ingestor.reextract(id)).isFalse();
    }

    @Test
    void aReplacementThatIsAnotherArticlesContentIsRefused() {
        ingestor.ingest("a.txt", bytes(ARTICLE));
        long other = ingestor.create("b.txt", bytes("Another title\n\nAnother body.\n")).articleId();

        assertThatThrownBy(() -> ingestor.replace(other, bytes(ARTICLE)))
                .isInstanceOf(DuplicateContentException.class);
    }

    @Test
    void deletingRemovesTheArticleItsMentionsAndEntitiesNoOneElseMentions() {
        long id = ingestor.ingest("a.txt", bytes(ARTICLE)).articleId();

        ingestor.delete(id);

        assertThat(articles.findById(id)).isEmpty();
        assertThat(mentions.findByArticle(id)).isEmpty();
        assertThat(entities.findByKey("qamishli")).isEmpty();
    }

    @Test
    void storesNothingTwiceForTheSameBytes() {
        long id = ingestor.ingest("a.txt", bytes(ARTICLE)).articleId();

        IngestOutcome again = ingestor.ingest("a.txt", bytes(ARTICLE));
        IngestOutcome copy = ingestor.ingest("copy-of-a.txt", bytes(ARTICLE));

        assertThat(again.status()).isEqualTo(IngestOutcome.Status.UNCHANGED);
        assertThat(copy.status()).isEqualTo(IngestOutcome.Status.UNCHANGED);
        assertThat(copy.articleId()).isEqualTo(id);
        assertThat(articles.count()).isEqualTo(1);
    }

    @Test
    void replacesTheContentOfAChangedSourceKeepingItsId() {
        long id = ingestor.ingest("a.txt", bytes(ARTICLE)).articleId();

        String changed = ARTICLE.replace("Second paragraph.\n", "Second paragraph.\n\nA third one.\n");
        IngestOutcome outcome = ingestor.ingest("a.txt", bytes(changed));

        assertThat(outcome.status()).isEqualTo(IngestOutcome.Status.UPDATED);
        assertThat(outcome.articleId()).isEqualTo(id);
        assertThat(articles.count()).isEqualTo(1);
        Article stored = articles.findById(id).orElseThrow();
        assertThat(stored.text()).isEqualTo(changed);
        assertThat(stored.paragraphs()).hasSize(3);
    }

    @Test
    void givesASecondArticleWithTheSameTitleAnotherSlug() {
        ingestor.ingest("a.txt", bytes(ARTICLE));

        IngestOutcome other = ingestor.ingest("b.txt", bytes(ARTICLE + "\nMore.\n"));

        assertThat(other.slug()).isEqualTo("kurds-and-regime-clash-in-qamishli-2");
    }

    @Test
    void storesNothingForAFileThatIsNotAnArticle() {
        assertThatThrownBy(() -> ingestor.ingest("bad.txt", new byte[] {(byte) 0xC3, (byte) 0x28}))
                .isInstanceOf(ArticleFormatException.class);

        assertThat(articles.count()).isZero();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        }
    }
}
