package com.articlefacts.web.http;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import tools.jackson.databind.json.JsonMapper;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The container's error page, in place of Boot's: whatever sent an error without a body (Tomcat, a filter, a
 * servlet) is answered with a problem, written directly so that no Accept header can leave it empty. Asked for
 * directly, /error is a path like any other that does not exist.
 */
@Controller
@Hidden
class ProblemErrorController implements ErrorController {

    private final JsonMapper json;

    ProblemErrorController(JsonMapper json) {
        this.json = json;
    }

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number && number >= 400 ? number : 404;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String text ? text : request.getRequestURI();
        ProblemType type = ProblemType.forStatus(status);
        ProblemDetail problem = status >= 500
                ? Problems.serverError((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION),
                        request.getMethod() + " " + path)
                : Problems.of(type, status, type.description());
        Problems.write(response, json, problem, path);
    }
}
