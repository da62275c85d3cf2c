package com.articlefacts.web.http;

import org.springframework.http.ProblemDetail;

/** A query parameter whose value the API does not accept; answered with 400. */
public class InvalidParameterException extends RuntimeException {

    /** The query or path parameter at fault, as the client wrote it. */
    private final String name;

    public InvalidParameterException(String name, String value, String expected) {
        super("'" + name + "' must be " + expected + " (was '" + value + "')");
        this.name = name;
    }

    /** The problem for it, naming the parameter as Stripe's param and JSON:API's source.parameter do. */
    public ProblemDetail problem() {
        return Problems.invalidParameter(name, getMessage());
    }
}
