package com.articlefacts.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.articlefacts.article.Article;
import com.articlefacts.article.ArticleLayoutParser;
import com.articlefacts.article.ArticleRepository;
import com.articlefacts.article.ParsedArticle;
import com.articlefacts.extraction.Extraction;
import com.articlefacts.extraction.Extractor;
import com.articlefacts.extraction.Slug;
import com.articlefacts.fact.FactStore;

/**
 * Stores one article source with its extracted facts. Idempotent by content: bytes seen before, already extracted
 * by this extractor version, change nothing and load no model. Otherwise the text is parsed and extracted first,
 * outside any transaction (extraction takes seconds), and then the article and all its facts are written in one
 * transaction, so no article is ever served without its entities. A known source whose bytes changed has its
 * article replaced, keeping its id and slug.
 */
@Service
public class ArticleIngestor {

    private final ArticleRepository articles;
    private final FactStore facts;
    private final Extractor extractor;
    private final TransactionTemplate transactions;
    private final ArticleLayoutParser parser = new ArticleLayoutParser();
    private final Clock clock;

    ArticleIngestor(ArticleRepository articles, FactStore facts, Extractor extractor, TransactionTemplate transactions,
            Clock clock) {
        this.articles = articles;
        this.facts = facts;
        this.extractor = extractor;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @throws com.articlefacts.article.ArticleFormatException when the bytes are not an article */
    public IngestOutcome ingest(String sourceName, byte[] bytes) {
        String sha256 = sha256Hex(bytes);
        Optional<IngestOutcome> current = transactions.execute(status -> articles.findBySha256(sha256)
                .filter(this::isCurrent)
                .map(article -> outcome(IngestOutcome.Status.UNCHANGED, article)));
        if (current != null && current.isPresent()) {
            return current.get();
        }
        ParsedArticle parsed = parser.parse(bytes);
        Extraction extraction = extractor.extract(parsed.text(), parsed.publishedOn());
        return Objects.requireNonNull(transactions.execute(status -> store(sourceName, sha256, parsed, extraction)));
    }

    private IngestOutcome store(String sourceName, String sha256, ParsedArticle parsed, Extraction extraction) {
        Optional<Article> same = articles.findBySha256(sha256);
        if (same.isPresent() && isCurrent(same.get())) {
            return outcome(IngestOutcome.Status.UNCHANGED, same.get());
        }
        IngestOutcome.Status status;
        Article article;
        if (same.isPresent()) {
            article = same.get();
            status = IngestOutcome.Status.REEXTRACTED;
        } else {
            Optional<Article> previous = articles.findFirstBySourceNameOrderByIdAsc(sourceName);
            if (previous.isPresent()) {
                article = previous.get();
                article.replaceContent(sha256, parsed, clock.instant());
                status = IngestOutcome.Status.UPDATED;
            } else {
                article = new Article(freeSlug(parsed.titleText()), sourceName, sha256, parsed, clock.instant());
                status = IngestOutcome.Status.CREATED;
            }
        }
        article.markExtracted(extraction.version());
        Article saved = articles.saveAndFlush(article);
        facts.replace(id(saved), parsed.text(), parsed.paragraphs(), parsed.publishedOn(), extraction);
        return outcome(status, saved);
    }

    private boolean isCurrent(Article article) {
        return extractor.version().equals(article.extractorVersion());
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
        return new IngestOutcome(status, id(article), article.slug());
    }

    private static long id(Article article) {
        Long id = article.id();
        if (id == null) {
            throw new IllegalStateException("a stored article has no id");
        }
        return id;
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
