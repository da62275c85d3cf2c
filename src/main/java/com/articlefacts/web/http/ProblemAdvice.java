package com.articlefacts.web.http;

import java.io.IOException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

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

    @ExceptionHandler({ArticleNotFoundException.class, ParagraphNotFoundException.class})
    void notFound(RuntimeException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(Problems.of(ProblemType.NOT_FOUND, e.getMessage()), request, response);
    }

    /** What a feature answers with a problem type of its own: the exception carries the problem. */
    @ExceptionHandler(ProblemException.class)
    void featureProblem(ProblemException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        send(e.problem(), request, response);
    }

    @ExceptionHandler(InvalidParameterException.class)
    void invalidParameter(InvalidParameterException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        send(e.problem(), request, response);
    }

    /** Tomcat could not decode a query parameter (not UTF-8); on a read the route check refuses it first. */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    void undecodableParameter(RuntimeException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        send(Problems.of(ProblemType.INVALID_PARAMETER, "A query parameter is not percent-encoded UTF-8."), request,
                response);
    }

    /** A charset no converter knows, named by a Content-Type (a text body's are checked by the feature first). */
    @ExceptionHandler(UnsupportedCharsetException.class)
    void unsupportedCharset(UnsupportedCharsetException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        send(Problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The body's charset " + e.getCharsetName()
                + " is not supported; send UTF-8."), request, response);
    }

    @ExceptionHandler(FieldTooLongException.class)
    void fieldTooLong(FieldTooLongException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ProblemDetail problem = Problems.of(ProblemType.FIELD_TOO_LONG, capitalised(e.getMessage()) + ".");
        problem.setProperty("field", e.field());
        problem.setProperty("maxChars", e.maxChars());
        send(problem, request, response);
    }

    @ExceptionHandler(ArticleFormatException.class)
    void notAnArticle(ArticleFormatException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        send(Problems.of(ProblemType.INVALID_ARTICLE, "The content is not an article: " + e.getMessage() + "."),
                request, response);
    }

    @ExceptionHandler(DuplicateContentException.class)
    void duplicate(DuplicateContentException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ProblemDetail problem = Problems.of(ProblemType.DUPLICATE_CONTENT, e.getMessage());
        problem.setProperty("existing", "/api/articles/" + e.existingArticleId());
        send(problem, request, response);
    }

    @ExceptionHandler(ConcurrencyFailureException.class)
    void editConflict(ConcurrencyFailureException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        send(Problems.of(ProblemType.EDIT_CONFLICT, "Another write changed or removed this article at the same"
                + " time; read it again, then retry."), request, response);
    }

    @ExceptionHandler(TextTooLongException.class)
    void textTooLong(TextTooLongException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ProblemDetail problem = Problems.of(ProblemType.CONTENT_TOO_LARGE, e.getMessage());
        problem.setProperty("maxChars", e.maxChars());
        send(problem, request, response);
    }

    @ExceptionHandler(ExtractionBusyException.class)
    void busy(ExtractionBusyException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()));
        send(Problems.of(ProblemType.BUSY, e.getMessage()), request, response);
    }

    @ExceptionHandler(Exception.class)
    void unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(Problems.serverError(e, request.getMethod() + " " + request.getRequestURI()), request, response);
    }

    /**
     * Written here, not by a message converter: a converter honours the Accept header, and a client that asks for
     * HTML, or sends an Accept header no one can read, would get an empty answer.
     */
    private void send(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Problems.write(response, json, problem, request.getRequestURI());
    }

    /**
     * Spring's own problems (and those of the overrides below) get the type of their status and are written
     * directly, with the headers Spring chose (Allow for a 405), for the reason {@link #send} gives.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body == null && e instanceof ErrorResponse response) {
            body = response.getBody();
        }
        ProblemType fallback = ProblemType.forStatus(status.value());
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail
                : Problems.of(fallback, status.value(), fallback.description());
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(fallback.uri());
            problem.setTitle(fallback.title());
        }
        if (!(request instanceof ServletWebRequest servlet) || servlet.getResponse() == null) {
            return super.handleExceptionInternal(e, problem, headers, status, request);
        }
        HttpServletResponse response = servlet.getResponse();
        headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        try {
            send(problem, servlet.getRequest(), response);
        } catch (IOException gone) {
            // the client went away; there is no one to answer
        }
        return null;
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e.getParameterValidationResults().stream()
                .map(ProblemAdvice::describe)
                .collect(Collectors.joining("; "));
        String parameter = e.getParameterValidationResults().stream()
                .map(result -> result.getMethodParameter().getParameterName()).filter(Objects::nonNull)
                .findFirst().orElse("");
        return handleExceptionInternal(e, Problems.invalidParameter(parameter, detail), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    /** A query or path parameter that is not of its type ("?page=abc", "?from=yesterday", "/paragraphs/x"). */
    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String parameter = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : String.valueOf(e.getPropertyName());
        return handleExceptionInternal(e, Problems.invalidParameter(parameter, mismatchDetail(parameter, e)), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    private static String mismatchDetail(String parameter, TypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String expected = type == null ? "of another form"
                : type == int.class || type == Integer.class || type == long.class || type == Long.class
                        ? "a whole number"
                        : type == LocalDate.class ? "an ISO 8601 date such as 2016-08-21"
                        : type == Instant.class ? "an ISO 8601 instant such as 2026-12-07T10:00:00Z"
                        : "of another form";
        return "'" + parameter + "' must be " + expected + " (was '" + e.getValue() + "')";
    }

    /** A path no route answers: said in the API's terms, not as a missing static file. */
    @Override
    protected @Nullable ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String path = "/" + e.getResourcePath();
        return handleExceptionInternal(e, Problems.of(ProblemType.NOT_FOUND, "No resource is at " + path + "."),
                headers, HttpStatus.NOT_FOUND, request);
    }

    /**
     * A body whose fields break their constraints is an invalid article; query parameters bound into one object
     * ({@code EventQuery}) that are not of their type or out of range are invalid parameters, named, as they would be
     * one by one.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (!e.getParameter().hasParameterAnnotation(RequestBody.class) && e.getBindingResult().hasFieldErrors()) {
            FieldError first = e.getBindingResult().getFieldErrors().get(0);
            TypeMismatchException mismatch = first.contains(TypeMismatchException.class)
                    ? first.unwrap(TypeMismatchException.class) : null;
            String detail = mismatch != null ? mismatchDetail(first.getField(), mismatch)
                    : "'" + first.getField() + "' " + first.getDefaultMessage() + " (was " + first.getRejectedValue()
                            + ")";
            return handleExceptionInternal(e, Problems.invalidParameter(first.getField(), detail), headers,
                    HttpStatus.BAD_REQUEST, request);
        }
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(error -> "'" + error.getField() + "' " + error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return handleExceptionInternal(e, Problems.of(ProblemType.INVALID_ARTICLE, detail), headers,
                HttpStatus.BAD_REQUEST, request);
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
