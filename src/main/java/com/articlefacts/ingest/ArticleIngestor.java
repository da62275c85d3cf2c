package com.articlefacts.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.articlefacts.article.Article;
import com.articlefacts.article.ArticleLayoutParser;
import com.articlefacts.article.ArticleRepository;
import com.articlefacts.article.ParsedArticle;
import com.articlefacts.extraction.Slug;

/**
 * Stores one article source. Idempotent by content: bytes seen before change nothing, and a known source whose
 * bytes changed has its article replaced in the same transaction, keeping its id and slug.
 */
@Service
public class ArticleIngestor {

    private final ArticleRepository articles;
    private final ArticleLayoutParser parser = new ArticleLayoutParser();
    private final Clock clock;

    ArticleIngestor(ArticleRepository articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    /** @throws com.articlefacts.article.ArticleFormatException when the bytes are not an article */
    @Transactional
    public IngestOutcome ingest(String sourceName, byte[] bytes) {
        String sha256 = sha256Hex(bytes);
        Optional<Article> same = articles.findBySha256(sha256);
        if (same.isPresent()) {
            return outcome(IngestOutcome.Status.UNCHANGED, same.get());
        }
        ParsedArticle parsed = parser.parse(bytes);
        Optional<Article> previous = articles.findFirstBySourceNameOrderByIdAsc(sourceName);
        if (previous.isPresent()) {
            Article article = previous.get();
            article.replaceContent(sha256, parsed, clock.instant());
            return outcome(IngestOutcome.Status.UPDATED, articles.saveAndFlush(article));
        }
        Article article = new Article(freeSlug(parsed.titleText()), sourceName, sha256, parsed, clock.instant());
        return outcome(IngestOutcome.Status.CREATED, articles.saveAndFlush(article));
    }

    private String freeSlug(String title) {
        String base = Slug.of(title);
        String slug = base;
        for (int n = 2; articles.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static IngestOutcome outcome(IngestOutcome.Status status, Article article) {
        Long id = article.id();
        if (id == null) {
            throw new IllegalStateException("a stored article has no id");
        }
        return new IngestOutcome(status, id, article.slug());
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
