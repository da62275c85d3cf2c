package com.articlefacts.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

@DataJpaTest
class ArticleRepositoryTests {

    private final ArticleLayoutParser parser = new ArticleLayoutParser();

    @Autowired
    private ArticleRepository articles;

    @Test
    void storesTheTextAndParagraphsOverTheFlywaySchema() {
        Article saved = articles.saveAndFlush(article("first", "a".repeat(64), "Title\n\nS\n2 min read\n\nOne.\n\nTwo."));

        Article found = articles.findBySlug("first").orElseThrow();
        assertThat(found.id()).isEqualTo(saved.id());
        assertThat(found.text()).isEqualTo("Title\n\nS\n2 min read\n\nOne.\n\nTwo.");
        assertThat(found.paragraphs()).extracting(Paragraph::number).containsExactly(1, 2);
        assertThat(found.paragraphs().get(1).range().of(found.text())).isEqualTo("Two.");
        assertThat(articles.findBySha256("a".repeat(64))).isPresent();
    }

    @Test
    void keepsAStoredTextOfManyMegabytes() {
        String body = "word ".repeat(1_200_000);
        articles.saveAndFlush(article("long", "b".repeat(64), "Title\n\n" + body));

        assertThat(articles.findBySlug("long").orElseThrow().text()).hasSize("Title\n\n".length() + body.length());
    }

    @Test
    void refusesTwoArticlesWithTheSameContentHash() {
        articles.saveAndFlush(article("one", "c".repeat(64), "T\n\nBody."));

        assertThatThrownBy(() -> articles.saveAndFlush(article("two", "c".repeat(64), "T\n\nBody.")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void pagesSummariesWithParagraphCountsInIdOrder() {
        articles.saveAndFlush(article("x", "d".repeat(64), "X\n\nOne.\n\nTwo.\n\nThree."));
        articles.saveAndFlush(article("y", "e".repeat(64), "Y\n\nOne."));

        Page<ArticleSummary> page = articles.findSummaries(PageRequest.of(0, 1));

        assertThat(page.getTotalElements()).isEqualTo(2);
        assertThat(page.getContent()).singleElement().satisfies(summary -> {
            assertThat(summary.slug()).isEqualTo("x");
            assertThat(summary.paragraphCount()).isEqualTo(3);
        });
    }

    private Article article(String slug, String sha256, String text) {
        return new Article(slug, slug + ".txt", sha256, parser.parse(text), Instant.parse("2026-01-01T00:00:00Z"));
    }
}
