package com.articlefacts.web.http;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problems and writes them where no message converter is at hand (filters, security, Tomcat's
 * error pages, 406 answers, whose Accept header rules out every converter). A server error is logged once, with
 * its stack trace and a request id that the problem carries too; client errors are not logged above DEBUG, so no
 * client can fill the log.
 */
public final class Problems {

    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    static ProblemDetail of(ProblemType type, String detail) {
        return of(type, type.status().value(), detail);
    }

    /** An invalid-parameter problem whose {@code parameter} member names the query or path parameter at fault. */
    static ProblemDetail invalidParameter(String parameter, String detail) {
        ProblemDetail problem = of(ProblemType.INVALID_PARAMETER, detail);
        problem.setProperty("parameter", parameter);
        return problem;
    }

    static ProblemDetail of(ProblemType type, int status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        problem.setDetail(detail);
        return problem;
    }

    /** A 500: the failure is logged with a request id, which the answer gives and nothing else about it. */
    static ProblemDetail serverError(@Nullable Throwable failure, String request) {
        String requestId = RequestIdFilter.current();
        log.error("Server error {} answering {}", requestId, request, failure);
        ProblemDetail problem = of(ProblemType.SERVER_ERROR,
                "The server failed to answer this request; the failure is logged under request id " + requestId + ".");
        problem.setProperty("requestId", requestId);
        return problem;
    }

    public static void write(HttpServletResponse response, JsonMapper json, ProblemDetail problem, @Nullable String instance)
            throws IOException {
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        byte[] bytes = json.writeValueAsBytes(body(problem, instance));
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }

    /** The members of the problem in RFC 9457's order, then its extension members. */
    static Map<String, @Nullable Object> body(ProblemDetail problem, @Nullable String instance) {
        Map<String, @Nullable Object> body = new LinkedHashMap<>();
        URI type = problem.getType();
        body.put("type", type == null ? "about:blank" : type.toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (instance != null) {
            body.put("instance", instance);
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    static void write(HttpServletResponse response, JsonMapper json, ProblemType type, String detail,
            @Nullable String instance) throws IOException {
        write(response, json, of(type, detail), instance);
    }
}
