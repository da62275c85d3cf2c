package com.articlefacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a hostile or careless client tries: races between writers, over-long fields, text no article holds, and
 * requests that Tomcat, Spring or the CORS check refuse. None may answer 500, and every refusal is a problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = {"article-facts.api-key=test-key", "article-facts.max-article-size=64KB"})
class HostileInputIntegrationTests {

    private static final String PROBLEM = "application/problem+json";

    private final HttpClient http = ContractCheckedHttpClient.create();

    @LocalServerPort
    private int port;

    @Autowired
    private JsonMapper json;

    @Test
    void concurrentReplacementsOfOneArticleAllSucceedOneAfterAnother() throws Exception {
        long id = create("Race for one article\n\nThe army shelled Aleppo on Monday.\n");

        for (int round = 0; round < 3; round++) {
            int r = round;
            List<HttpResponse<String>> answers = concurrently(4, i -> send("PUT", "/api/articles/" + id, "text/plain",
                    "Race for one article\n\nRound " + r + ", writer " + i + ": the army shelled Homs.\n", null));
            assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200);
        }
        assertThat(get("/api/articles/" + id + "/facts").statusCode()).isEqualTo(200);
    }

    @Test
    void concurrentPostsWithOneTitleGetDistinctSlugs() throws Exception {
        List<HttpResponse<String>> answers = concurrently(8, i -> send("POST", "/api/articles", "text/plain",
                "One title for eight posts\n\nWriter " + i + " says rebels shelled Idlib.\n", null));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);
        assertThat(answers.stream().map(answer -> json.readTree(answer.body()).get("slug").asString()).distinct())
                .hasSize(8);
    }

    @Test
    void ofTwoConcurrentDeletesOneDeletesAndTheOtherFindsNothing() throws Exception {
        long id = create("Deleted twice at once\n\nThe army shelled Hama on Monday.\n");

        List<HttpResponse<String>> answers = concurrently(2, i -> send("DELETE", "/api/articles/" + id, null, null, null));

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(204, 404);
        assertProblem(answers.stream().filter(a -> a.statusCode() == 404).findFirst().orElseThrow(), "not-found");
    }

    @Test
    void aWriteWithAStaleIfMatchIsRefusedAndOneWithTheCurrentTagGoesAhead() throws Exception {
        long id = create("Conditional writes\n\nThe army shelled Daraa on Monday.\n");
        String tag = get("/api/articles/" + id).headers().firstValue("ETag").orElseThrow();
        String newer = "Conditional writes\n\nThe army shelled Daraa on Tuesday.\n";

        HttpResponse<String> replaced = send("PUT", "/api/articles/" + id, "text/plain", newer, tag);
        HttpResponse<String> stalePut = send("PUT", "/api/articles/" + id, "text/plain", newer + "Again.\n", tag);
        HttpResponse<String> staleDelete = send("DELETE", "/api/articles/" + id, null, null, tag);

        assertThat(replaced.statusCode()).isEqualTo(200);
        assertProblem(stalePut, "precondition-failed");
        assertThat(stalePut.statusCode()).isEqualTo(412);
        assertThat(staleDelete.statusCode()).isEqualTo(412);
        assertThat(json.readTree(get("/api/articles/" + id).body()).get("text").asString()).isEqualTo(newer);
        String current = get("/api/articles/" + id).headers().firstValue("ETag").orElseThrow();
        assertThat(send("DELETE", "/api/articles/" + id, null, null, current).statusCode()).isEqualTo(204);
    }

    @Test
    void overLongFieldsAreRefusedNamingTheFieldAndItsLimit() throws Exception {
        String longTitle = "T".repeat(1001) + "\n\nThe body.\n";
        String longCredit = "A title\n\nStandfirst\n2 min read\n21 August, 2016\nA caption [" + "c".repeat(256)
                + "]\n\nThe body.\n";

        JsonNode title = assertProblem(send("POST", "/api/articles", "text/plain", longTitle, null), "field-too-long");
        JsonNode credit = assertProblem(send("POST", "/api/articles", "text/plain", longCredit, null), "field-too-long");
        JsonNode source = assertProblem(send("POST", "/api/articles?source=" + "s".repeat(1001), "text/plain",
                "Short\n\nThe body of it.\n", null), "field-too-long");

        assertThat(title.get("field").asString()).isEqualTo("title");
        assertThat(title.get("maxChars").asInt()).isEqualTo(1000);
        assertThat(credit.get("field").asString()).isEqualTo("imageCredit");
        assertThat(credit.get("maxChars").asInt()).isEqualTo(255);
        assertThat(source.get("field").asString()).isEqualTo("source");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"title\": \"A \\ud800 title\", \"body\": \"Text.\"}",
            "{\"title\": \"A title\", \"body\": \"Text \\u0000 with NUL.\"}",
            "{\"title\": \"A title\", \"body\": \"Text \\u001b[31m in red.\"}"})
    void textNoArticleHoldsIsRefusedNamingWhereItIs(String body) throws Exception {
        JsonNode problem = assertProblem(send("POST", "/api/articles", "application/json", body, null),
                "invalid-article");

        assertThat(problem.get("detail").asString()).containsPattern("U\\+(D800|0000|001B) in the (title|body) at");
    }

    @Test
    void duplicateKeysAndBodiesOfTheWrongShapeAreRefusedWithoutClassNames() throws Exception {
        JsonNode duplicate = assertProblem(send("POST", "/api/articles", "application/json",
                "{\"title\": \"A\", \"title\": \"B\", \"body\": \"Text.\"}", null), "unreadable-body");
        JsonNode array = assertProblem(send("POST", "/api/articles", "application/json", "[1, 2]", null),
                "unreadable-body");

        assertThat(duplicate.get("detail").asString()).contains("Duplicate", "\"title\"");
        assertThat(array.get("detail").asString()).doesNotContain("com.articlefacts", "JsonToken");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/articles", "/api/entities", "/api/events"})
    void aPageBeyondAnyOffsetIsABadRequest(String path) throws Exception {
        assertProblem(get(path + "?page=2147483647&size=100"), "invalid-parameter");
    }

    @Test
    void wildcardsInASearchAreLiteral() throws Exception {
        for (String q : List.of("%25", "_", "%25%25")) {
            JsonNode page = json.readTree(get("/api/entities?q=" + q).body());
            assertThat(page.get("content")).as(q).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /api/articles/%zz HTTP/1.1", "GET /api/%00 HTTP/1.1",
            "GET /api/..%2f..%2fetc/passwd HTTP/1.1", "GET /api/..%5c..%5cetc HTTP/1.1", "GET /api/../../etc HTTP/1.1",
            "GET /api/articles;jsessionid=x HTTP/1.1", "TRACE /api/articles HTTP/1.1", "GET /error HTTP/1.1",
            "GET /api/nothing-here HTTP/1.1"})
    void requestsRefusedBeforeTheApplicationAreProblemsToo(String requestLine) throws Exception {
        String answer = raw(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 4");
        assertThat(answer).containsIgnoringCase("Content-Type: " + PROBLEM);
        assertThat(answer).doesNotContain("<html", "Exception", "\"status\":999");
    }

    @Test
    void aHeaderOverTheLimitAnAcceptNoOneCanMeetAndACrossOriginWriteAreProblems() throws Exception {
        String huge = raw("GET /api/articles HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        HttpResponse<String> garbage = http.send(HttpRequest.newBuilder(uri("/api/articles/1"))
                .header("Accept", ";;;garbage").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> xml = http.send(HttpRequest.newBuilder(uri("/api/articles/1"))
                .header("Accept", "application/xml").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> cors = http.send(HttpRequest.newBuilder(uri("/api/articles/1"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "DELETE").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(huge).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: " + PROBLEM);
        assertProblem(garbage, "not-acceptable");
        assertProblem(xml, "not-acceptable");
        assertProblem(cors, "forbidden");
    }

    @Test
    void aPathOverTomcatsLimitIsAProblemAndAForgedHostNeverReachesTheApiDescription() throws Exception {
        String longPath = raw("GET /api/articles/" + "a".repeat(9000) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        String docs = raw("GET /v3/api-docs HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");

        assertThat(longPath).startsWith("HTTP/1.1 4").containsIgnoringCase("Content-Type: " + PROBLEM);
        assertThat(docs).startsWith("HTTP/1.1 200").doesNotContain("evil.example").contains("\"url\":\"/\"");
    }

    @Test
    void aReadRefusesParametersItDoesNotTakeAndSharesOneEntryForOneQueryInAnyOrder() throws Exception {
        JsonNode unknown = assertProblem(get("/api/articles/1?v=2"), "invalid-parameter");
        assertProblem(get("/api/articles?page=1&page=2"), "invalid-parameter");
        assertProblem(get("/api/entities?q=%C3%28"), "invalid-parameter");
        get("/api/articles?page=0&size=3");
        get("/api/articles?size=3&page=0"); // the second read of one URL keeps it
        HttpResponse<String> reordered = get("/api/articles?page=0&size=3");

        assertThat(unknown.get("detail").asString()).contains("'v'", "offsets");
        assertThat(reordered.headers().firstValue("X-Cache")).hasValue("hit");
    }

    private JsonNode assertProblem(HttpResponse<String> response, String type) {
        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith(PROBLEM));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("/problems/" + type);
        assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
        assertThat(problem.get("detail").asString()).doesNotContain("com.articlefacts", "Exception");
        return problem;
    }

    private long create(String text) throws Exception {
        HttpResponse<String> created = send("POST", "/api/articles", "text/plain", text, null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asLong();
    }

    private interface Writer {
        HttpResponse<String> write(int index) throws Exception;
    }

    private static List<HttpResponse<String>> concurrently(int writers, Writer writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<HttpResponse<String>>> tasks = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int index = i;
                tasks.add(() -> writer.write(index));
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : pool.invokeAll(tasks)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("X-API-Key", "test-key")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType + "; charset=UTF-8");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Bytes on a socket: what java.net.http would refuse to send. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (SocketException reset) {
                // Tomcat closes a connection whose request it refused unread: the answer came before the reset.
                if (answer.size() == 0) {
                    throw reset;
                }
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
