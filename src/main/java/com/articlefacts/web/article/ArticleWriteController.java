package com.articlefacts.web.article;

import com.articlefacts.web.read.CachedReads;
import com.articlefacts.web.read.HttpCachingFilter;
import com.articlefacts.web.read.Representations;
import com.articlefacts.web.http.OffsetUnit;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

import com.articlefacts.article.Article;
import com.articlefacts.ingest.ArticleIngestor;
import com.articlefacts.ingest.IngestOutcome;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Adding, replacing and deleting articles; every write needs the API key. Extraction takes seconds, so adding and
 * replacing run on the task executor and leave the few request threads to the reads.
 */
@RestController
@Tag(name = "Articles")
@SecurityRequirement(name = "apiKey")
class ArticleWriteController {

    private static final String DEFAULT_SOURCE = "posted";

    private static final String IF_MATCH = "Only write if the article still has this ETag (from a GET of it);"
            + " a stale one gives 412";

    private final ArticleIngestor ingestor;
    private final ArticleViews views;
    private final JsonMapper json;
    private final Representations representations;
    private final IdempotentWrites idempotentWrites;

    ArticleWriteController(ArticleIngestor ingestor, ArticleViews views, JsonMapper json,
            Representations representations, IdempotentWrites idempotentWrites) {
        this.ingestor = ingestor;
        this.views = views;
        this.json = json;
        this.representations = representations;
        this.idempotentWrites = idempotentWrites;
    }

    // One operation each for POST and PUT, whose body may be JSON or text: both methods describe it alike.
    private static final String IDEMPOTENCY_KEY = "A key of the client's choosing (a UUID, say): a retry with the same"
            + " key and body answers what the first POST did, one with another body is a 422";
    private static final String CREATE_SUMMARY = "Add an article; its facts are extracted before it is stored";
    private static final String CREATE_DESCRIPTION = "The body is JSON (title, body and the optional fields) or"
            + " text in the seed files' layout (title, blank line, standfirst, paragraphs), in UTF-8 or the charset"
            + " its Content-Type names. Needs the API key. Answers 201 with the article, its Location and its ETag;"
            + " posting the same content again answers 200 with the article already stored; a retry with the same"
            + " Idempotency-Key answers what the first POST did.";
    private static final String REPLACE_SUMMARY = "Replace an article's content; its facts are extracted again";
    private static final String REPLACE_DESCRIPTION = "The body is JSON or text, as for createArticle. Needs the"
            + " API key. With If-Match, only if the article is still the version the tag names. Answers the article"
            + " with its new ETag.";

    @PostMapping(path = "/api/articles", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createArticle", summary = CREATE_SUMMARY, description = CREATE_DESCRIPTION)
    Callable<ResponseEntity<ArticleResponse>> postJson(@Valid @RequestBody ArticleRequest request,
            @Parameter(description = IDEMPOTENCY_KEY) @RequestHeader(name = IdempotentWrites.HEADER, required = false)
            @Nullable String idempotencyKey) {
        String source = request.source() == null || request.source().isBlank() ? DEFAULT_SOURCE : request.source();
        return create(source, request.toLayout().getBytes(StandardCharsets.UTF_8), idempotencyKey);
    }

    @PostMapping(path = "/api/articles", consumes = MediaType.TEXT_PLAIN_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createArticle", summary = CREATE_SUMMARY, description = CREATE_DESCRIPTION)
    Callable<ResponseEntity<ArticleResponse>> postText(@RequestBody byte[] text,
            @Parameter(description = "Where the article comes from, kept as its source name")
            @RequestParam(required = false) @Nullable String source,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) @Nullable String contentType,
            @Parameter(description = IDEMPOTENCY_KEY) @RequestHeader(name = IdempotentWrites.HEADER, required = false)
            @Nullable String idempotencyKey) {
        String sourceName = source == null || source.isBlank() ? DEFAULT_SOURCE : source;
        return create(sourceName, TextBodies.utf8(text, contentType), idempotencyKey);
    }

    /** The article stored, or for a retry of a POST with an Idempotency-Key, what the first one answered. */
    private Callable<ResponseEntity<ArticleResponse>> create(String source, byte[] content, @Nullable String header) {
        String key = IdempotentWrites.keyOf(header);
        String body = IdempotentWrites.hashOf(source, content);
        return () -> {
            Optional<IngestOutcome> earlier = idempotentWrites.earlier(key, body);
            if (earlier.isPresent()) {
                return created(earlier.get());
            }
            IngestOutcome outcome = ingestor.create(source, content);
            idempotentWrites.remember(key, body, outcome);
            return created(outcome);
        };
    }

    @PutMapping(path = "/api/articles/{idOrSlug}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "replaceArticle", summary = REPLACE_SUMMARY, description = REPLACE_DESCRIPTION)
    Callable<ResponseEntity<ArticleResponse>> putJson(
            @Parameter(description = ArticleController.ID_OR_SLUG) @PathVariable String idOrSlug,
            @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
            @Nullable String ifMatch,
            @Valid @RequestBody ArticleRequest request) {
        long id = idOf(idOrSlug);
        byte[] layout = request.toLayout().getBytes(StandardCharsets.UTF_8);
        return () -> replaced(ingestor.replace(id, layout, ifMatch(ifMatch)));
    }

    @PutMapping(path = "/api/articles/{idOrSlug}", consumes = MediaType.TEXT_PLAIN_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "replaceArticle", summary = REPLACE_SUMMARY, description = REPLACE_DESCRIPTION)
    Callable<ResponseEntity<ArticleResponse>> putText(
            @Parameter(description = ArticleController.ID_OR_SLUG) @PathVariable String idOrSlug,
            @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
            @Nullable String ifMatch,
            @RequestBody byte[] text,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) @Nullable String contentType) {
        long id = idOf(idOrSlug);
        byte[] utf8 = TextBodies.utf8(text, contentType);
        return () -> replaced(ingestor.replace(id, utf8, ifMatch(ifMatch)));
    }

    @DeleteMapping("/api/articles/{idOrSlug}")
    @Operation(operationId = "deleteArticle", summary = "Delete an article and everything extracted from it",
            description = "Needs the API key. With If-Match, only if the article is still the version the tag names.")
    ResponseEntity<Void> delete(@Parameter(description = ArticleController.ID_OR_SLUG) @PathVariable String idOrSlug,
            @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
            @Nullable String ifMatch) {
        ingestor.delete(idOf(idOrSlug), ifMatch(ifMatch));
        return ResponseEntity.noContent().build();
    }

    /**
     * The write goes ahead only if the article's current representation has one of the tags (strong comparison,
     * RFC 9110), checked while the article is locked for the write.
     */
    private ArticleIngestor.Precondition ifMatch(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return ArticleIngestor.Precondition.NONE;
        }
        return articleId -> {
            if (!CachedReads.matchesStrongly(header, currentTag(articleId))) {
                throw new PreconditionFailedException("If-Match names " + header.strip() + ", but the article's"
                        + " current ETag is " + CachedReads.quoted(currentTag(articleId)) + ": it changed since it was"
                        + " read.");
            }
        };
    }

    /** The ETag that GET /api/articles/{id} sends for the article as it is stored now. */
    private String currentTag(long articleId) {
        String stored = representations.etag(articleId);
        return stored != null ? stored : HttpCachingFilter.tagOf(json.writeValueAsBytes(
                views.article(String.valueOf(articleId), OffsetUnit.UTF16)));
    }

    /** With the ETag a read of the article would send, so that the next If-Match needs no read first. */
    private ResponseEntity<ArticleResponse> created(IngestOutcome outcome) {
        HttpStatus status = outcome.status() == IngestOutcome.Status.CREATED ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).location(URI.create("/api/articles/" + outcome.articleId()))
                .eTag(CachedReads.quoted(currentTag(outcome.articleId())))
                .body(views.article(String.valueOf(outcome.articleId()), OffsetUnit.UTF16));
    }

    private ResponseEntity<ArticleResponse> replaced(IngestOutcome outcome) {
        return ResponseEntity.ok().eTag(CachedReads.quoted(currentTag(outcome.articleId())))
                .body(views.article(String.valueOf(outcome.articleId()), OffsetUnit.UTF16));
    }

    private long idOf(String idOrSlug) {
        Article article = views.find(idOrSlug);
        return ArticleViews.id(article);
    }
}
