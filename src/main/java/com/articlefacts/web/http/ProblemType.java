package com.articlefacts.web.http;

import java.net.URI;
import java.util.Arrays;

import org.springframework.http.HttpStatus;

/**
 * Every kind of problem the service answers with, each with a stable type URI (relative to the service, where
 * {@code GET /problems/{slug}} describes it) so that clients can tell kinds apart without parsing text.
 */
public enum ProblemType {
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found",
            "Nothing is stored at this path: no such article, paragraph, entity or endpoint."),
    INVALID_PARAMETER("invalid-parameter", HttpStatus.BAD_REQUEST, "Invalid request parameter",
            "A query or path parameter is unknown, malformed or out of range; the detail names it."),
    INVALID_ARTICLE("invalid-article", HttpStatus.BAD_REQUEST, "Invalid article",
            "The content cannot be read as an article: not UTF-8, a lone surrogate, a control character other than"
                    + " tab, line feed and carriage return, or no title and body."),
    FIELD_TOO_LONG("field-too-long", HttpStatus.BAD_REQUEST, "Field too long",
            "A field is longer than the service stores; the problem's field and maxChars say which and how long."),
    UNREADABLE_BODY("unreadable-body", HttpStatus.BAD_REQUEST, "Unreadable request body",
            "The body is missing, is not valid JSON, repeats a key, or has a value of the wrong form."),
    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "Malformed request",
            "The HTTP request itself was refused: an invalid path or encoding, or headers too large."),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Unauthorized",
            "Writes need the API key in the X-API-Key header."),
    WRITES_DISABLED("writes-disabled", HttpStatus.FORBIDDEN, "Writes are disabled",
            "The service runs without an API key and accepts no writes."),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Forbidden",
            "This request is not allowed, such as a browser write from another origin."),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
            "The path exists but not with this method; the Allow header lists those it has."),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable",
            "The service answers in JSON only, and the Accept header excludes it or cannot be read."),
    REQUEST_TIMEOUT("request-timeout", HttpStatus.REQUEST_TIMEOUT, "Request timeout",
            "The body arrived too slowly: a write's body must arrive within the configured time in all."),
    DUPLICATE_CONTENT("duplicate-content", HttpStatus.CONFLICT, "Duplicate content",
            "Another article already has these bytes; the problem's existing property says where."),
    EDIT_CONFLICT("edit-conflict", HttpStatus.CONFLICT, "Edit conflict",
            "Another write to this article was under way; read it again and retry, with If-Match to be safe."),
    PRECONDITION_FAILED("precondition-failed", HttpStatus.PRECONDITION_FAILED, "Precondition failed",
            "The If-Match header does not carry the article's current ETag: it changed since it was read."),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency key reused",
            "The Idempotency-Key was sent before with another body; a retry must send the same body, a new write a"
                    + " new key."),
    CONTENT_TOO_LARGE("content-too-large", HttpStatus.CONTENT_TOO_LARGE, "Content too large",
            "The body is larger than the service accepts, or the article is too long to extract."),
    URI_TOO_LONG("uri-too-long", HttpStatus.URI_TOO_LONG, "URI too long",
            "The request target is longer than the service reads."),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
            "Writes take application/json or text/plain in UTF-8."),
    RATE_LIMITED("rate-limited", HttpStatus.TOO_MANY_REQUESTS, "Too many writes",
            "This API key sent more writes than its rate allows; Retry-After says when to try again."),
    BUSY("busy", HttpStatus.SERVICE_UNAVAILABLE, "Extraction busy",
            "Every extraction slot and the queue are taken; Retry-After says when to try again."),
    STARTING("starting", HttpStatus.SERVICE_UNAVAILABLE, "Starting",
            "The service is loading its seed articles and answers once they are in; Retry-After says when to try"
                    + " again."),
    SERVER_ERROR("server-error", HttpStatus.INTERNAL_SERVER_ERROR, "Server error",
            "The server failed; the failure is logged under the problem's requestId."),
    OTHER("other", HttpStatus.BAD_REQUEST, "Request refused", "Any other refusal; the status says which.");

    static final String BASE = "/problems/";

    private final String slug;
    private final HttpStatus status;
    private final String title;
    private final String description;

    ProblemType(String slug, HttpStatus status, String title, String description) {
        this.slug = slug;
        this.status = status;
        this.title = title;
        this.description = description;
    }

    String slug() {
        return slug;
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    URI uri() {
        return URI.create(BASE + slug);
    }

    /** The kind an answer of this status belongs to when nothing more specific is known. */
    static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 408 -> REQUEST_TIMEOUT;
            case 409 -> EDIT_CONFLICT;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> CONTENT_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 503 -> BUSY;
            default -> status >= 500 ? SERVER_ERROR : OTHER;
        };
    }

    static java.util.Optional<ProblemType> bySlug(String slug) {
        return Arrays.stream(values()).filter(type -> type.slug.equals(slug)).findFirst();
    }
}
