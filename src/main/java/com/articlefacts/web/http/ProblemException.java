package com.articlefacts.web.http;

import org.springframework.http.ProblemDetail;

/**
 * An error a feature of the API answers with a problem type of its own (a missing entity, a failed precondition, a
 * reused idempotency key): the feature names the type and the detail, and the problem handling writes it, so the
 * plumbing needs to know no feature.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;

    public ProblemException(ProblemType type, String detail) {
        super(detail);
        this.type = type;
    }

    public ProblemDetail problem() {
        return Problems.of(type, getMessage());
    }
}
