package com.articlefacts.ingest;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.articlefacts.article.Article;
import com.articlefacts.article.ArticleDeletion;
import com.articlefacts.article.ArticleDeletionRepository;
import com.articlefacts.article.ArticleLayoutParser;
import com.articlefacts.article.ArticleNotFoundException;
import com.articlefacts.article.ArticleRepository;
import com.articlefacts.article.FieldLimit;
import com.articlefacts.article.ParsedArticle;
import com.articlefacts.extraction.Extraction;
import com.articlefacts.extraction.Extractor;
import com.articlefacts.extraction.Slug;
import com.articlefacts.fact.FactStore;

/**
 * Stores article sources with their extracted facts. Idempotent by content: bytes stored before change nothing and
 * load no model. Otherwise the text is parsed and extracted first, outside any transaction (extraction takes
 * seconds), and then the article and all its facts are written in one transaction, so no article is ever served
 * without its facts and a failure stores nothing. Two writers of the same bytes at once share one extraction, and
 * meet at the unique content hash: the loser answers with the winner's article. Extractions run in the slots of an
 * {@link ExtractionGate}; a client's write beyond its queue is refused.
 */
@Service
public class ArticleIngestor {

    private final ArticleRepository articles;
    private final ArticleDeletionRepository deletions;
    private final FactStore facts;
    private final Extractor extractor;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    /**
     * Each failed attempt means another writer committed, so n writers racing for one slug need at most n attempts;
     * the extraction is done by then, and each attempt is one short transaction.
     */
    private static final int MAX_ATTEMPTS = 16;

    private final ArticleLayoutParser parser = new ArticleLayoutParser();
    private final Clock clock;
    private final ExtractionGate gate;
    /** Extractions under way by content hash, so that the same bytes posted twice at once are extracted once. */
    private final Map<String, CompletableFuture<Extraction>> inFlight = new ConcurrentHashMap<>();

    ArticleIngestor(ArticleRepository articles, ArticleDeletionRepository deletions, FactStore facts,
            Extractor extractor, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock,
            ExtractionGate gate) {
        this.articles = articles;
        this.deletions = deletions;
        this.facts = facts;
        this.extractor = extractor;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.gate = gate;
    }

    /**
     * A seed file: a source name seen before with other bytes has its article replaced.
     *
     * @throws com.articlefacts.article.ArticleFormatException when the bytes are not an article
     */
    public IngestOutcome ingest(String sourceName, byte[] bytes) {
        FieldLimit.checkSourceName(sourceName);
        return store(bytes, false, parsed -> articles.findFirstBySourceNameOrderByIdAsc(sourceName)
                .map(article -> replacing(article, parsed))
                .orElseGet(() -> creating(sourceName, parsed)));
    }

    /**
     * A new article: never replaces another, answers with the stored article when the bytes are known.
     *
     * @throws ExtractionBusyException when every extraction slot is taken and the queue is full
     */
    public IngestOutcome create(String sourceName, byte[] bytes) {
        FieldLimit.checkSourceName(sourceName);
        return store(bytes, true, parsed -> creating(sourceName, parsed));
    }

    /**
     * New content for an existing article, which keeps its id and slug.
     *
     * @param precondition checked on the stored article, locked, just before the new content replaces it
     * @throws ArticleNotFoundException when there is no such article (or it was deleted meanwhile)
     * @throws DuplicateContentException when another article has these bytes
     * @throws ExtractionBusyException when every extraction slot is taken and the queue is full
     */
    public IngestOutcome replace(long articleId, byte[] bytes, Precondition precondition) {
        read(() -> {
            precondition.check(articleId); // a stale If-Match fails before the extraction, not after it
            return Boolean.TRUE;
        });
        String sha256 = sha256Hex(bytes);
        Optional<Article> same = read(() -> articles.findBySha256(sha256));
        if (same.isPresent()) {
            if (Objects.equals(same.get().id(), articleId)) {
                return outcome(IngestOutcome.Status.UNCHANGED, same.get());
            }
            throw new DuplicateContentException(id(same.get()));
        }
        return store(bytes, true, parsed -> {
            Article article = articles.findByIdForUpdate(articleId)
                    .orElseThrow(() -> new ArticleNotFoundException(String.valueOf(articleId)));
            precondition.check(articleId);
            return replacing(article, parsed);
        });
    }

    public IngestOutcome replace(long articleId, byte[] bytes) {
        return replace(articleId, bytes, Precondition.NONE);
    }

    /**
     * Removes the article and everything extracted from it. Of two deletes at once, one removes it and the other
     * finds nothing.
     */
    public void delete(long articleId, Precondition precondition) {
        String slug = transactions.execute(status -> {
            Article article = articles.findByIdForUpdate(articleId)
                    .orElseThrow(() -> new ArticleNotFoundException(String.valueOf(articleId)));
            precondition.check(articleId);
            facts.removeArticle(articleId);
            articles.delete(article);
            deletions.save(new ArticleDeletion(articleId, article.slug(), clock.instant()));
            return article.slug();
        });
        events.publishEvent(new ArticlesChanged(articleId, slug));
    }

    public void delete(long articleId) {
        delete(articleId, Precondition.NONE);
    }

    /** A condition on the stored article that a write needs, such as an HTTP If-Match; it throws when unmet. */
    @FunctionalInterface
    public interface Precondition {
        Precondition NONE = articleId -> { };

        void check(long articleId);
    }

    /** Extracts a stored article again with this extractor, if an older one made its facts. */
    public boolean reextract(long articleId) {
        Optional<Article> stale = read(() -> articles.findById(articleId).filter(a -> !isCurrent(a)));
        if (stale.isEmpty()) {
            return false;
        }
        ParsedArticle parsed = parser.parse(stale.get().text());
        Extraction extraction = extract(stale.get().sha256(), parsed, false);
        transactions.executeWithoutResult(status -> articles.findByIdForUpdate(articleId).ifPresent(article -> {
            if (article.sha256().equals(stale.get().sha256())) {
                article.markExtracted(extraction.version(), clock.instant());
                facts.replace(articleId, parsed.text(), parsed.paragraphs(), parsed.publishedOn(), extraction);
                events.publishEvent(new ArticleFactsStored(articleId));
            }
        }));
        events.publishEvent(new ArticlesChanged(articleId, stale.get().slug()));
        return true;
    }

    /** Ids of stored articles whose facts an older extractor made. */
    public List<Long> staleArticles() {
        return read(() -> articles.findIdsByExtractorVersionNot(extractor.version()));
    }

    private IngestOutcome store(byte[] bytes, boolean refuseWhenBusy, Function<ParsedArticle, Placement> placement) {
        String sha256 = sha256Hex(bytes);
        Optional<IngestOutcome> known = read(() -> articles.findBySha256(sha256)
                .map(article -> outcome(IngestOutcome.Status.UNCHANGED, article)));
        if (known.isPresent()) {
            return known.get();
        }
        ParsedArticle parsed = parser.parse(bytes);
        Extraction extraction = extract(sha256, parsed, refuseWhenBusy);
        for (int attempt = 1; ; attempt++) {
            try {
                IngestOutcome outcome = Objects.requireNonNull(transactions.execute(status -> {
                    Optional<Article> same = articles.findBySha256(sha256);
                    if (same.isPresent()) {
                        return outcome(IngestOutcome.Status.UNCHANGED, same.get());
                    }
                    Placement place = placement.apply(parsed);
                    Article article = place.article();
                    if (place.status() == IngestOutcome.Status.UPDATED) {
                        article.replaceContent(sha256, parsed, clock.instant());
                    } else {
                        article = new Article(article.slug(), article.sourceName(), sha256, parsed, clock.instant());
                    }
                    article.markExtracted(extraction.version());
                    Article saved = articles.saveAndFlush(article);
                    facts.replace(id(saved), parsed.text(), parsed.paragraphs(), parsed.publishedOn(), extraction);
                    events.publishEvent(new ArticleFactsStored(id(saved)));
                    return outcome(place.status(), saved);
                }));
                if (outcome.status() != IngestOutcome.Status.UNCHANGED) {
                    events.publishEvent(new ArticlesChanged(outcome.articleId(), outcome.slug()));
                }
                return outcome;
            } catch (DataIntegrityViolationException raced) {
                // Another writer stored the same bytes, or took the slug, between our check and our insert.
                Optional<IngestOutcome> winner = read(() -> articles.findBySha256(sha256)
                        .map(article -> outcome(IngestOutcome.Status.UNCHANGED, article)));
                if (winner.isPresent()) {
                    return winner.get();
                }
                if (attempt >= MAX_ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    /** The extraction of these bytes: the one under way if another writer started it, else a new one in a slot. */
    private Extraction extract(String sha256, ParsedArticle parsed, boolean refuseWhenBusy) {
        CompletableFuture<Extraction> mine = new CompletableFuture<>();
        CompletableFuture<Extraction> running = inFlight.putIfAbsent(sha256, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            Extraction extraction = gate.run(() -> extractor.extract(parsed.text(), parsed.publishedOn()),
                    refuseWhenBusy);
            mine.complete(extraction);
            return extraction;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(sha256, mine);
        }
    }

    private Placement creating(String sourceName, ParsedArticle parsed) {
        return new Placement(IngestOutcome.Status.CREATED, Article.draft(freeSlug(parsed.titleText()), sourceName));
    }

    private Placement replacing(Article article, ParsedArticle parsed) {
        return new Placement(IngestOutcome.Status.UPDATED, article);
    }

    /** Where new content goes: a new article (a draft holding slug and source name) or an existing one. */
    private record Placement(IngestOutcome.Status status, Article article) {
    }

    private <T> T read(java.util.function.Supplier<T> query) {
        return Objects.requireNonNull(transactions.execute(status -> query.get()));
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
        return DigestUtils.sha256Hex(bytes);
    }
}
