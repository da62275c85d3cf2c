package com.articlefacts.web.http;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * Every status an operation can answer, in the OpenAPI description: the success codes the controllers declare and
 * each problem it can give, with the problem schema and its {@link ProblemType}s. A client generated from the
 * description, and the fuzz test that checks the service against it, know every answer to expect.
 */
@Component
class OpenApiProblems implements OpenApiCustomizer {

    static final String PROBLEM_SCHEMA = "Problem";

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> document(path, method, operation)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        boolean write = method != PathItem.HttpMethod.GET;
        boolean named = path.contains("{");
        if (method == PathItem.HttpMethod.DELETE) {
            responses.remove("200");
            responses.addApiResponse("204", new ApiResponse().description("Deleted"));
        }
        if (method == PathItem.HttpMethod.POST) {
            ApiResponse ok = responses.get("200");
            responses.addApiResponse("201", new ApiResponse().description("Stored, with its facts; Location names it")
                    .content(ok == null ? null : ok.getContent()));
            if (ok != null) {
                ok.description("The same content was stored before: the stored article");
            }
        }
        if (!write && path.startsWith("/api/")) { // the API's reads carry entity tags; /problems is static text
            responses.addApiResponse("304", new ApiResponse().description("Not modified: If-None-Match names the"
                    + " current ETag").addHeaderObject(HttpHeaders.ETAG, etag()));
            ApiResponse ok = responses.get("200");
            if (ok != null) {
                ok.addHeaderObject(HttpHeaders.ETAG, etag());
                if (operation.getParameters() != null && operation.getParameters().stream()
                        .anyMatch(parameter -> "offsets".equals(parameter.getName()))) {
                    ok.addHeaderObject(OffsetUnit.HEADER, new Header().description("The unit of every offset in"
                            + " the body, as the offsets parameter asked").schema(OpenApiSchemas.offsetUnitSchema()));
                }
            }
        }
        if (method == PathItem.HttpMethod.POST) {
            Header location = new Header().description("The stored article's path").required(true)
                    .schema(new StringSchema().format("uri-reference"));
            responses.get("201").addHeaderObject(HttpHeaders.LOCATION, location);
            responses.get("201").addHeaderObject(HttpHeaders.ETAG, etag());
            if (responses.get("200") != null) {
                responses.get("200").addHeaderObject(HttpHeaders.LOCATION, location);
            }
        }
        boolean paged = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "page".equals(parameter.getName()));
        if (paged && responses.get("200") != null) {
            responses.get("200").addHeaderObject(HttpHeaders.LINK, new Header().description("RFC 8288 links to the"
                    + " first, prev, next and last pages of the same query").schema(new StringSchema()));
        }
        if ((method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) && responses.get("200") != null) {
            responses.get("200").addHeaderObject(HttpHeaders.ETAG, etag()); // the article's tag, for the next If-Match
        }
        Map<String, String> problems = new TreeMap<>();
        problems.put("400", "Invalid parameter, malformed request" + (write ? ", invalid article or field too long"
                : ""));
        problems.put("406", "The Accept header rules out JSON");
        problems.put("414", "The request target is too long");
        problems.put("500", "Server error, logged under the problem's requestId");
        if (path.startsWith("/api/")) {
            problems.put("503", "The service is starting (loading its seed articles)" + (write
                    ? ", or every extraction slot is taken" : "") + "; Retry-After says when to try again");
        }
        if (named) {
            problems.put("404", "Nothing is stored under this name");
        }
        if (write) {
            problems.put("401", "No API key, or not the configured one");
            problems.put("403", "Writes are disabled, or a browser write from another origin");
            problems.put("408", "The body arrived too slowly");
            problems.put("409", "Duplicate content, or another write to the article at the same time");
            problems.put("413", "The body is too large, or the article too long to extract");
            problems.put("429", "Too many writes for this API key; Retry-After says when to try again");
            if (method != PathItem.HttpMethod.DELETE) {
                problems.put("415", "Not application/json or text/plain, or text in a charset the service does not read");
            }
            if (named) {
                problems.put("412", "If-Match does not name the article's current ETag");
            }
            if (method == PathItem.HttpMethod.POST) {
                problems.put("422", "The Idempotency-Key was sent before with another body");
            }
        }
        problems.forEach((status, description) -> {
            ApiResponse problem = new ApiResponse().description(description).content(new Content().addMediaType(
                    MediaType.APPLICATION_PROBLEM_JSON_VALUE, new io.swagger.v3.oas.models.media.MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))));
            if (status.equals("429") || status.equals("503")) {
                problem.addHeaderObject(HttpHeaders.RETRY_AFTER, new Header().description("Seconds to wait before"
                        + " trying again").required(true).schema(new IntegerSchema().minimum(BigDecimal.ZERO)));
            }
            responses.addApiResponse(status, problem);
        });
        if (write) {
            responses.forEach((status, response) -> {
                if (status.startsWith("2") || status.equals("429")) {
                    rateLimitHeaders(response);
                }
            });
        }
    }

    /** The quota of the writer's key, as the IETF's RateLimit header fields say it. */
    private static void rateLimitHeaders(ApiResponse response) {
        IntegerSchema count = new IntegerSchema();
        count.minimum(BigDecimal.ZERO);
        response.addHeaderObject(WriteRateLimitFilter.RATE_LIMIT_LIMIT, new Header()
                .description("The writes this API key may make a minute").schema(count));
        response.addHeaderObject(WriteRateLimitFilter.RATE_LIMIT_REMAINING, new Header()
                .description("The writes left to it now").schema(count));
        response.addHeaderObject(WriteRateLimitFilter.RATE_LIMIT_RESET, new Header()
                .description("Seconds until its quota is full again (on a 429: until the next write is allowed)")
                .schema(count));
    }

    private static Header etag() {
        return new Header().description("The representation's entity tag, for If-None-Match (and If-Match on"
                + " writes to an article)").required(true).schema(new StringSchema());
    }

    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        StringSchema type = new StringSchema();
        type.format("uri-reference").description("The kind of problem; GET it for what it means (/problems lists"
                + " them all)");
        for (ProblemType problemType : ProblemType.values()) {
            type.addEnumItem(problemType.uri().toString());
        }
        properties.put("type", type);
        properties.put("title", new StringSchema().description("The kind of problem, for people"));
        properties.put("status", new IntegerSchema().description("The HTTP status"));
        properties.put("detail", new StringSchema().description("This occurrence, for people: what to change"));
        properties.put("instance", new StringSchema().description("The path that was asked for"));
        properties.put("requestId", new StringSchema().description("Server errors: the id the failure is logged under"));
        properties.put("field", new StringSchema().description("field-too-long: the field"));
        properties.put("parameter", new StringSchema().description("invalid-parameter: the query or path parameter"
                + " at fault, as the request wrote it"));
        properties.put("maxChars", new IntegerSchema().description("field-too-long and content-too-large: the limit"));
        properties.put("existing", new StringSchema().description("duplicate-content: the article that has it"));
        properties.put("writesPerMinute", new IntegerSchema().description("rate-limited: the writes one key may make"
                + " in a minute"));
        ObjectSchema schema = new ObjectSchema();
        schema.setProperties(properties);
        schema.setRequired(java.util.List.of("type", "title", "status"));
        schema.description("An RFC 9457 problem (application/problem+json)");
        return schema;
    }
}
