package com.articlefacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Random and malformed requests to every operation of the served OpenAPI description: paths, parameters, headers,
 * bodies and content types. Every answer must be a status the description documents for the operation (405 for a
 * method it does not list, 404 for a path it does not have), every error a problem without internals, no request
 * may hang, and afterwards the stored articles must be exactly what the accepted writes answered.
 * {@code -Dfuzz.requests=10000} is the full mode; CI runs {@value #DEFAULT_REQUESTS}. {@code -Dfuzz.seed} chooses
 * another sequence of requests (each run prints its seed).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "article-facts.api-key=fuzz-key")
class OpenApiFuzzTests {

    static final int DEFAULT_REQUESTS = 1500;
    /** One sequence for CI, so that a run that passed once passes again; {@code -Dfuzz.seed} explores others. */
    static final long DEFAULT_SEED = 12776553839822L;
    private static final String KEY = "fuzz-key";
    private static final List<String> WORDS = List.of("Aleppo", "army", "shelled", "Kurdish", "forces", "said", "on",
            "Monday", "الحسكة", "Łódź", "日本", "👍🏽", "e\u0301", "\"quoted\"", "\\", "{", "}", "%", "_", "—", "\u00A0");
    private static final List<String> ACCEPTS = List.of("application/json", "*/*", "application/problem+json",
            "text/html", ";;;garbage", "application/xml", "application/*", "text/plain;q=0.1, */*;q=0");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "text/plain",
            "text/plain; charset=UTF-8", "application/json; charset=ISO-8859-1", "application/xml",
            "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "garbage/", ";");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");

    private final HttpClient http = ContractCheckedHttpClient.wrap(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Long> slugs = new HashMap<>();

    @LocalServerPort
    private int port;

    private record Operation(String path, String method, JsonNode spec) {
    }

    @Test
    void everyAnswerIsDocumentedAndTheStoredDataIsWhatTheAcceptedWritesSaid() throws Exception {
        int requests = Integer.getInteger("fuzz.requests", DEFAULT_REQUESTS);
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        Random random = new Random(seed);
        JsonNode api = json.readTree(http.send(HttpRequest.newBuilder(uri("/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        List<Operation> operations = operations(api);
        Map<Long, Optional<String>> expected = new HashMap<>();
        Map<String, List<String>> writes = new HashMap<>(); // by the article path written to, for the failure message
        Map<String, Integer> byStatus = new TreeMap<>();

        for (int i = 0; i < requests; i++) {
            Operation operation = operations.get(random.nextInt(operations.size()));
            boolean offSpec = random.nextInt(20) == 0;
            String method = offSpec ? METHODS.get(random.nextInt(METHODS.size())) : operation.method();
            String path = path(operation, random, expected);
            String query = query(operation.spec(), random);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path + query)).timeout(Duration.ofSeconds(60));
            boolean coherent = random.nextBoolean(); // half the writes are well formed, to reach the stored data
            headers(request, method, random, coherent);
            String body = "GET".equals(method) || "HEAD".equals(method) || "DELETE".equals(method) ? null
                    : coherent ? article(random, request) : body(random);
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            HttpResponse<String> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (HttpTimeoutException hung) {
                throw new AssertionError("no answer in 60 s to " + method + " " + path + query + " (seed " + seed + ")");
            }
            String what = method + " " + path + query + " (seed " + seed + ", request " + i + ")";
            Operation answered = operations.stream()
                    .filter(o -> o.path().equals(operation.path()) && o.method().equals(method))
                    .findFirst().orElse(operation);
            byStatus.merge(method.equals(answered.method()) ? String.valueOf(response.statusCode())
                    : response.statusCode() + " (other method)", 1, Integer::sum);
            check(response, answered, method, what);
            record(response, method, path, expected);
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                writes.computeIfAbsent(path, p -> new ArrayList<>()).add(i + ": " + method + " " + response.statusCode());
            }
        }
        System.out.printf("fuzz: %d requests (seed %d), by status: %s%n", requests, seed, byStatus);

        for (Map.Entry<Long, Optional<String>> article : expected.entrySet()) {
            HttpResponse<String> stored = http.send(HttpRequest.newBuilder(uri("/api/articles/" + article.getKey()))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (article.getValue().isPresent()) {
                assertThat(stored.statusCode()).as("article %d, written %s", article.getKey(),
                        writes.get("/api/articles/" + article.getKey())).isEqualTo(200);
                assertThat(json.readTree(stored.body()).get("text").asString()).isEqualTo(article.getValue().get());
                assertThat(http.send(HttpRequest.newBuilder(uri("/api/articles/" + article.getKey() + "/facts"))
                        .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            } else {
                assertThat(stored.statusCode()).as("deleted article %d", article.getKey()).isEqualTo(404);
            }
        }
        System.out.printf("fuzz: %d articles written, each as the accepted writes said%n", expected.size());
    }

    private void check(HttpResponse<String> response, Operation operation, String method, String what) {
        int status = response.statusCode();
        assertThat(status).as(what).isNotEqualTo(500).isLessThan(600);
        Set<String> documented = new java.util.HashSet<>();
        operation.spec().get("responses").propertyNames().forEach(documented::add);
        if (!method.equals(operation.method())) {
            documented.addAll(List.of("405", "404", "400", "401", "403", "406", "415", "200", "204", "304"));
        }
        if ("HEAD".equals(method)) {
            documented.add("200");
        }
        assertThat(documented).as(what + " answered " + status + ": " + response.body())
                .contains(String.valueOf(status));
        if (status >= 400 && !"HEAD".equals(method)) {
            assertThat(response.headers().firstValue("Content-Type")).as(what + " " + status + ": " + response.body())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.path("status").asInt()).as(what + ": " + response.body()).isEqualTo(status);
            assertThat(problem.path("type").asString("")).as(what + ": " + response.body()).startsWith("/problems/");
            assertThat(response.body()).as(what).doesNotContain("Exception", "at com.", "org.springframework",
                    "com.articlefacts");
        }
    }

    /** What an accepted write says is stored now; an article is named by id or slug, as the request named it. */
    private void record(HttpResponse<String> response, String method, String path,
            Map<Long, Optional<String>> expected) {
        int status = response.statusCode();
        if (("POST".equals(method) && status == 201) || ("PUT".equals(method) && status == 200)) {
            JsonNode article = json.readTree(response.body());
            long id = article.get("id").asLong();
            expected.put(id, Optional.of(article.get("text").asString()));
            slugs.put(article.get("slug").asString(), id);
        } else if ("DELETE".equals(method) && status == 204) {
            String name = java.net.URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
            Long id = name.chars().allMatch(Character::isDigit) ? Long.valueOf(name) : slugs.get(name);
            assertThat(id).as("DELETE %s answered 204 but names no article a write stored", path).isNotNull();
            expected.put(id, Optional.empty());
        }
    }

    private static List<Operation> operations(JsonNode api) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").properties().iterator(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().properties().forEach(operation -> operations.add(
                    new Operation(path.getKey(), operation.getKey().toUpperCase(java.util.Locale.ROOT),
                            operation.getValue())));
        }
        return operations;
    }

    private static String path(Operation operation, Random random, Map<Long, Optional<String>> written) {
        String path = operation.path();
        while (path.contains("{")) {
            int open = path.indexOf('{');
            int close = path.indexOf('}', open);
            String name = path.substring(open + 1, close);
            path = path.substring(0, open) + encode(pathValue(name, random, written)) + path.substring(close + 1);
        }
        return path;
    }

    private static String pathValue(String name, Random random, Map<Long, Optional<String>> written) {
        int pick = random.nextInt(10);
        if (name.equals("idOrSlug") && pick < 5) {
            List<Long> ids = new ArrayList<>(written.keySet());
            return ids.isEmpty() || pick == 0 ? "1" : String.valueOf(ids.get(random.nextInt(ids.size())));
        }
        if (name.equals("number") && pick < 5) {
            return String.valueOf(random.nextInt(20) - 2);
        }
        if (name.equals("key") && pick < 5) {
            return List.of("ypg", "al-hasakah", "syrian-regime", "nobody").get(random.nextInt(4));
        }
        return switch (pick) {
            case 5 -> "99999999999999999999";
            case 6 -> "-1";
            case 7 -> "x".repeat(1 + random.nextInt(3000));
            default -> words(random, 1 + random.nextInt(3));
        };
    }

    private static String query(JsonNode spec, Random random) {
        List<String> pairs = new ArrayList<>();
        JsonNode parameters = spec.get("parameters");
        if (parameters != null) {
            for (JsonNode parameter : parameters) {
                if ("query".equals(parameter.get("in").asString()) && random.nextInt(3) == 0) {
                    pairs.add(parameter.get("name").asString() + "=" + encode(queryValue(parameter, random)));
                }
            }
        }
        switch (random.nextInt(25)) {
            case 0 -> pairs.add("unknown=" + encode(words(random, 1)));
            case 1 -> pairs.add("page=1&page=2");
            case 2 -> pairs.add("q=%C3%28");
            default -> { }
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private static String queryValue(JsonNode parameter, Random random) {
        JsonNode schema = parameter.get("schema");
        String type = schema == null || schema.get("type") == null ? "string" : schema.get("type").asString();
        return switch (random.nextInt(6)) {
            case 0 -> String.valueOf(random.nextInt(Integer.MAX_VALUE));
            case 1 -> String.valueOf(-random.nextInt(100));
            case 2 -> words(random, 1 + random.nextInt(4));
            case 3 -> "2016-08-" + (10 + random.nextInt(30));
            default -> type.equals("integer") ? String.valueOf(random.nextInt(30))
                    : List.of("utf16", "codepoints", "utf8", "CITY", "ATTACK", "ypg", "hasakah", "").get(random.nextInt(8));
        };
    }

    private static void headers(HttpRequest.Builder request, String method, Random random, boolean coherent) {
        if (random.nextInt(3) == 0) {
            request.header("Accept", ACCEPTS.get(random.nextInt(ACCEPTS.size())));
        }
        if (random.nextInt(10) == 0) {
            request.header("If-None-Match", random.nextBoolean() ? "*"
                    : "\"" + Long.toHexString(random.nextLong()) + "\"");
        }
        if (random.nextInt(10) == 0) {
            request.header("Origin", random.nextBoolean() ? "https://reader.example" : "null");
        }
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            int key = coherent ? 0 : random.nextInt(10);
            if (key < 8) {
                request.header("X-API-Key", KEY);
            } else if (key == 8) {
                request.header("X-API-Key", "wrong");
            }
            if (random.nextInt(8) == 0) {
                request.header("If-Match", random.nextBoolean() ? "*" : "\"stale\"");
            }
            if (!coherent && random.nextInt(10) < 8) {
                request.header("Content-Type", CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size())));
            }
        }
    }

    /** A well-formed article, as JSON or in the text layout, with the content type that says which. */
    private String article(Random random, HttpRequest.Builder request) {
        String title = words(random, 1 + random.nextInt(6)) + " " + random.nextInt(1_000_000);
        String text = words(random, 5 + random.nextInt(30)) + ".";
        if (random.nextBoolean()) {
            request.header("Content-Type", "application/json");
            return json.writeValueAsString(Map.of("title", title, "body", text, "publishedOn", "2016-08-21"));
        }
        request.header("Content-Type", "text/plain; charset=UTF-8");
        return title + "\n\n" + text + "\n";
    }

    private String body(Random random) {
        String title = words(random, 1 + random.nextInt(6));
        String text = words(random, 5 + random.nextInt(30)) + ".";
        return switch (random.nextInt(12)) {
            case 0 -> "";
            case 1 -> "{";
            case 2 -> "[1, 2]";
            case 3 -> "{\"title\": 1, \"body\": []}";
            case 4 -> "{\"title\": \"a\", \"title\": \"b\", \"body\": \"c\"}";
            case 5 -> "{\"title\": \"" + "t".repeat(1001) + "\", \"body\": \"b\"}";
            case 6 -> "{\"title\": \"\\ud800\", \"body\": \"b\"}";
            case 7 -> json.writeValueAsString(Map.of("title", title, "body", text, "publishedOn", "2016-13-45"));
            case 8 -> title + "\n\n" + text + "\u0007\n";
            case 9 -> title + "\n\n" + text + "\n";
            default -> json.writeValueAsString(Map.of("title", title, "body", text, "publishedOn", "2016-08-21"));
        };
    }

    private static String words(Random random, int count) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < count; i++) {
            words.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return words.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }
}
