package com.articlefacts.web.http;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

import tools.jackson.databind.json.JsonMapper;

/** Spring's CORS checks, with a refusal that is a problem like every other error instead of plain text. */
public final class ProblemCorsProcessor extends DefaultCorsProcessor {

    private final byte[] refusal;

    public ProblemCorsProcessor(JsonMapper json) {
        this.refusal = json.writeValueAsBytes(Problems.body(Problems.of(ProblemType.FORBIDDEN,
                "This origin, method or header is not allowed across origins: browsers on the configured origins may"
                        + " read with GET and HEAD, and no origin may write."), null));
    }

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        response.setStatusCode(HttpStatus.FORBIDDEN);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(refusal.length);
        response.getBody().write(refusal);
        response.flush();
    }
}
