package com.articlefacts.web.http;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What each problem type URI means: the {@code type} of every error answer resolves here. */
@RestController
@Tag(name = "Problems", description = "The kinds of error the service answers with (RFC 9457 problem types)")
class ProblemTypeController {

    /** One kind of problem. */
    record ProblemTypeResponse(String type, String title, int status, String description) {

        static ProblemTypeResponse of(ProblemType type) {
            return new ProblemTypeResponse(type.uri().toString(), type.title(), type.status().value(),
                    type.description());
        }
    }

    @GetMapping(path = "/problems", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listProblemTypes", summary = "Every problem type, with its usual status and what it means",
            description = "The type URIs every error response's type field points to.")
    List<ProblemTypeResponse> all() {
        return Arrays.stream(ProblemType.values()).map(ProblemTypeResponse::of).toList();
    }

    @GetMapping(path = "/problems/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getProblemType", summary = "One problem type",
            description = "The title, usual status and meaning of the problem type a response's type field names.")
    ProblemTypeResponse one(@Parameter(description = "The last segment of a problem's type, such as not-found")
            @PathVariable String slug) {
        return ProblemType.bySlug(slug).map(ProblemTypeResponse::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "There is no problem type '" + slug + "'; GET /problems lists them all."));
    }
}
