package com.articlefacts.web;

import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

import com.articlefacts.article.ArticleFormatException;
import com.articlefacts.article.ArticleNotFoundException;
import com.articlefacts.ingest.DuplicateContentException;
import com.articlefacts.article.ParagraphNotFoundException;
import com.articlefacts.extraction.TextTooLongException;
import com.articlefacts.ingest.ExtractionBusyException;

/**
 * Turns every failure into an RFC 9457 problem. Spring MVC's own exceptions keep their status from the base class;
 * domain exceptions get theirs here; anything else is a 500 whose detail names no internals.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler({ArticleNotFoundException.class, ParagraphNotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        String title = e instanceof ArticleNotFoundException ? "Article not found" : "Paragraph not found";
        return problem(HttpStatus.NOT_FOUND, title, e.getMessage());
    }

    @ExceptionHandler(EntityNotFoundException.class)
    ProblemDetail entityNotFound(EntityNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Entity not found", e.getMessage());
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request parameter", e.getMessage());
    }

    @ExceptionHandler(ArticleFormatException.class)
    ProblemDetail notAnArticle(ArticleFormatException e) {
        return problem(HttpStatus.BAD_REQUEST, "Not an article",
                "The content is not an article: " + e.getMessage() + ".");
    }

    @ExceptionHandler(DuplicateContentException.class)
    ProblemDetail duplicate(DuplicateContentException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Duplicate content",
                e.getMessage());
        problem.setProperty("existing", "/api/articles/" + e.existingArticleId());
        return problem;
    }

    @ExceptionHandler(TextTooLongException.class)
    ProblemDetail textTooLong(TextTooLongException e) {
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "Article too long to extract", e.getMessage());
        problem.setProperty("maxChars", e.maxChars());
        return problem;
    }

    @ExceptionHandler(ExtractionBusyException.class)
    ResponseEntity<ProblemDetail> busy(ExtractionBusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Extraction busy", e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure answering a request", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The server failed to answer this request; the failure is logged.");
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e.getParameterValidationResults().stream()
                .map(ProblemAdvice::describe)
                .collect(Collectors.joining("; "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request parameter",
                detail);
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(error -> "'" + error.getField() + "' " + error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid article",
                detail);
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A body that is too large, not JSON, or JSON with a value of the wrong shape (a date that is not a date). */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimitFilter.TooLargeException tooLarge) {
                ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "Content too large",
                        tooLarge.getMessage());
                return handleExceptionInternal(e, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
            }
        }
        String detail = "The request body is missing or is not valid JSON.";
        if (e.getCause() instanceof DatabindException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream().map(reference -> reference.getPropertyName() == null
                    ? "[" + reference.getIndex() + "]" : reference.getPropertyName()).collect(Collectors.joining("."));
            detail = "'" + field + "' has a value of the wrong form" + (field.equals("publishedOn")
                    ? ": it must be an ISO 8601 date such as 2016-08-21." : ".");
        } else if (e.getCause() instanceof JacksonException malformed) {
            detail = "The request body is not valid JSON: " + malformed.getOriginalMessage();
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Unreadable request body",
                detail);
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    private static String describe(ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        String reasons = result.getResolvableErrors().stream()
                .map(MessageSourceResolvable::getDefaultMessage)
                .collect(Collectors.joining(", "));
        return "'" + name + "' " + reasons + " (was " + result.getArgument() + ")";
    }
}
