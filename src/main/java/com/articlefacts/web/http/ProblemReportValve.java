package com.articlefacts.web.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's error report as a problem instead of an HTML page. It answers what never reaches Spring: requests that
 * Tomcat refuses itself (an undecodable or escaping path, a bad header), and errors no servlet wrote a body for.
 */
final class ProblemReportValve extends ErrorReportValve {

    private final JsonMapper json;

    ProblemReportValve(JsonMapper json) {
        this.json = json;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get() || !response.setErrorReported()) {
            return;
        }
        ProblemType type = ProblemType.forStatus(status);
        var problem = status >= 500 ? Problems.serverError(throwable, request.getMethod() + " " + request.getRequestURI())
                : Problems.of(type, status, type.description());
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(json.writeValueAsString(Problems.body(problem, null)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException gone) {
            // the connection is gone or the response committed: nothing more can be said
        }
    }
}
