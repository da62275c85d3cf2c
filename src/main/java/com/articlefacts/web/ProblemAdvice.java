package com.articlefacts.web;

import java.io.IOException;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import com.articlefacts.article.ArticleFormatException;
import com.articlefacts.article.ArticleNotFoundException;
import com.articlefacts.article.FieldTooLongException;
import com.articlefacts.article.ParagraphNotFoundException;
import com.articlefacts.extraction.TextTooLongException;
import com.articlefacts.ingest.DuplicateContentException;
import com.articlefacts.ingest.ExtractionBusyException;

/**
 * Turns every failure inside MVC into an RFC 9457 problem with a {@link ProblemType}. Spring MVC's own exceptions
 * keep their status from the base class and get the type of that status; anything unexpected is a 500 whose detail
 * names no internals and carries the request id it is logged under.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private final JsonMapper json;

    ProblemAdvice(JsonMapper json) {
        this.json = json;
    }

    @ExceptionHandler({ArticleNotFoundException.class, ParagraphNotFoundException.class,
            EntityNotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        return Problems.of(ProblemType.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException e) {
        return Problems.of(ProblemType.INVALID_PARAMETER, e.getMessage());
    }

    @ExceptionHandler(FieldTooLongException.class)
    ProblemDetail fieldTooLong(FieldTooLongException e) {
        ProblemDetail problem = Problems.of(ProblemType.FIELD_TOO_LONG, capitalised(e.getMessage()) + ".");
        problem.setProperty("field", e.field());
        problem.setProperty("maxChars", e.maxChars());
        return problem;
    }

    @ExceptionHandler(ArticleFormatException.class)
    ProblemDetail notAnArticle(ArticleFormatException e) {
        return Problems.of(ProblemType.INVALID_ARTICLE, "The content is not an article: " + e.getMessage() + ".");
    }

    @ExceptionHandler(DuplicateContentException.class)
    ProblemDetail duplicate(DuplicateContentException e) {
        ProblemDetail problem = Problems.of(ProblemType.DUPLICATE_CONTENT, e.getMessage());
        problem.setProperty("existing", "/api/articles/" + e.existingArticleId());
        return problem;
    }

    @ExceptionHandler(ConcurrencyFailureException.class)
    ProblemDetail editConflict(ConcurrencyFailureException e) {
        return Problems.of(ProblemType.EDIT_CONFLICT, "Another write changed or removed this article at the same"
                + " time; read it again, then retry.");
    }

    @ExceptionHandler(PreconditionFailedException.class)
    ProblemDetail preconditionFailed(PreconditionFailedException e) {
        return Problems.of(ProblemType.PRECONDITION_FAILED, e.getMessage());
    }

    @ExceptionHandler(TextTooLongException.class)
    ProblemDetail textTooLong(TextTooLongException e) {
        ProblemDetail problem = Problems.of(ProblemType.CONTENT_TOO_LARGE, e.getMessage());
        problem.setProperty("maxChars", e.maxChars());
        return problem;
    }

    @ExceptionHandler(ExtractionBusyException.class)
    ResponseEntity<ProblemDetail> busy(ExtractionBusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()))
                .body(Problems.of(ProblemType.BUSY, e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        return Problems.serverError(e, request.getMethod() + " " + request.getRequestURI());
    }

    /** Spring's own problems get the type of their status, and a detail without class names. */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            ProblemType type = ProblemType.forStatus(status.value());
            problem.setType(type.uri());
            problem.setTitle(type.title());
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    /**
     * Written here, not by a converter: the Accept header that caused the 406 rules out every converter, and an
     * unparseable one cannot even be matched, which left the answer empty.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null) {
            HttpServletResponse response = servlet.getResponse();
            try {
                Problems.write(response, json, ProblemType.NOT_ACCEPTABLE, "The service answers in application/json"
                        + " (problems in application/problem+json); the Accept header rules both out or cannot be"
                        + " read.", servlet.getRequest().getRequestURI());
                return null;
            } catch (IOException gone) {
                return null; // the client went away; there is no one to answer
            }
        }
        return super.handleHttpMediaTypeNotAcceptable(e, headers, status, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e.getParameterValidationResults().stream()
                .map(ProblemAdvice::describe)
                .collect(Collectors.joining("; "));
        return handleExceptionInternal(e, Problems.of(ProblemType.INVALID_PARAMETER, detail), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(error -> "'" + error.getField() + "' " + error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        ProblemDetail problem = Problems.of(ProblemType.INVALID_ARTICLE, detail);
        problem.setTitle("Invalid article");
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A body that is too large, not JSON, or JSON with a value of the wrong shape (a date that is not a date). */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimitFilter.TooLargeException tooLarge) {
                return handleExceptionInternal(e, Problems.of(ProblemType.CONTENT_TOO_LARGE, tooLarge.getMessage()),
                        headers, HttpStatus.CONTENT_TOO_LARGE, request);
            }
            if (cause instanceof RequestSizeLimitFilter.TooSlowException tooSlow) {
                return handleExceptionInternal(e, Problems.of(ProblemType.REQUEST_TIMEOUT, tooSlow.getMessage()),
                        headers, HttpStatus.REQUEST_TIMEOUT, request);
            }
        }
        return handleExceptionInternal(e, Problems.of(ProblemType.UNREADABLE_BODY, unreadable(e)), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    /** What is wrong with the body, in the client's terms: a field and a position, never a class name. */
    private static String unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof DatabindException mismatch) {
            if (mismatch.getPath().isEmpty()) {
                return "The request body must be a JSON object with the fields title and body, and optionally"
                        + " standfirst, publishedOn and source.";
            }
            String field = mismatch.getPath().stream().map(reference -> reference.getPropertyName() == null
                    ? "[" + reference.getIndex() + "]" : reference.getPropertyName()).collect(Collectors.joining("."));
            return "'" + field + "' has a value of the wrong form" + (field.equals("publishedOn")
                    ? ": it must be an ISO 8601 date such as 2016-08-21." : "; it must be a string.");
        }
        if (e.getCause() instanceof JacksonException malformed) {
            TokenStreamLocation at = malformed.getLocation();
            String where = at == null || at.getLineNr() < 1 ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            return "The request body is not valid JSON" + where + ": " + malformed.getOriginalMessage();
        }
        return "The request body is missing or is not valid JSON.";
    }

    private static String describe(ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        String reasons = result.getResolvableErrors().stream()
                .map(MessageSourceResolvable::getDefaultMessage)
                .collect(Collectors.joining(", "));
        return "'" + name + "' " + reasons + " (was " + result.getArgument() + ")";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
