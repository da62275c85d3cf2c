package com.articlefacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import com.articlefacts.article.ArticleRepository;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Posting, replacing and deleting articles over real HTTP, with the API key. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = {"article-facts.api-key=test-key", "article-facts.max-article-size=64KB"})
class ArticleWriteIntegrationTests {

    static final String MANBIJ = """
            {"title": "Turkish army shells Kurdish positions near Manbij",
             "standfirst": "Ankara says the YPG must leave the west bank of the Euphrates.",
             "publishedOn": "2016-08-25",
             "body": "The Turkish army shelled SDF positions near Manbij on Wednesday, the Syrian Observatory for \
            Human Rights said.\\n\\nKurdish fighters withdrew from two villages near Jarabulus, locals told Reuters."}
            """;

    private final HttpClient http = ContractCheckedHttpClient.create();

    @LocalServerPort
    private int port;

    @Autowired
    private JsonMapper json;

    @Autowired
    private ArticleRepository articles;

    @Test
    void aPostedArticleIsStoredWithItsFactsAndServedAtItsLocation() throws Exception {
        HttpResponse<String> created = send("POST", "/api/articles", "application/json", MANBIJ, "test-key");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("RateLimit-Limit")).isPresent();
        assertThat(Long.parseLong(created.headers().firstValue("RateLimit-Remaining").orElseThrow()))
                .isLessThan(Long.parseLong(created.headers().firstValue("RateLimit-Limit").orElseThrow()));
        assertThat(created.headers().firstValue("RateLimit-Reset")).isPresent();
        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> read = get(location);
        // the write's ETag is the read's, so that If-Match needs no read first
        assertThat(created.headers().firstValue("ETag")).isPresent().isEqualTo(read.headers().firstValue("ETag"));
        JsonNode article = json.readTree(read.body());
        assertThat(article.get("title").asString()).isEqualTo("Turkish army shells Kurdish positions near Manbij");
        assertThat(article.get("publishedOn").asString()).isEqualTo("2016-08-25");
        JsonNode events = json.readTree(get(location + "/events").body()).get("events");
        assertThat(events.findValuesAsString("actor")).contains("turkish-armed-forces");
        assertThat(json.readTree(get(location + "/entities").body()).get("entities").findValuesAsString("key"))
                .contains("manbij", "sdf", "sohr");
    }

    @Test
    void postingTheSameContentAgainAnswersWithTheStoredArticle() throws Exception {
        String text = "Rebels retake a village near Idlib\n\nNusra fighters took Tal Mardikh on Monday.\n";
        HttpResponse<String> first = send("POST", "/api/articles?source=wire.txt", "text/plain", text, "test-key");
        long count = articles.count();

        HttpResponse<String> again = send("POST", "/api/articles", "text/plain", text, "test-key");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(articles.count()).isEqualTo(count);
    }

    @Test
    void twentyClientsPostingTheSameContentAtOnceStoreOneArticle() throws Exception {
        String text = "Clashes in Daraa\n\nRebels and Syrian troops clashed in Daraa on Friday, activists said.\n";
        long before = articles.count();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<HttpResponse<String>>> posts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            posts.add(() -> send("POST", "/api/articles", "text/plain", text, "test-key"));
        }
        List<Integer> statuses = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        for (Future<HttpResponse<String>> result : pool.invokeAll(posts)) {
            statuses.add(result.get().statusCode());
            locations.add(result.get().headers().firstValue("Location").orElse(""));
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(200, 201).filteredOn(s -> s == 201).hasSize(1);
        assertThat(locations).containsOnly(locations.get(0));
        assertThat(articles.count()).isEqualTo(before + 1);
    }

    @Test
    void putReplacesTheContentAndExtractsAgainKeepingTheId() throws Exception {
        String location = send("POST", "/api/articles", "text/plain",
                "Quiet in Homs\n\nThe city of Homs was quiet on Sunday.\n", "test-key").headers()
                .firstValue("Location").orElseThrow();

        assertThat(json.readTree(get(location).body()).get("title").asString()).isEqualTo("Quiet in Homs");

        HttpResponse<String> replaced = send("PUT", location, "text/plain",
                "Shelling in Homs\n\nSyrian troops shelled Homs on Sunday, residents said.\n", "test-key");

        assertThat(replaced.statusCode()).isEqualTo(200);
        HttpResponse<String> read = get(location);
        assertThat(replaced.headers().firstValue("ETag")).isPresent().isEqualTo(read.headers().firstValue("ETag"));
        JsonNode article = json.readTree(read.body());
        assertThat(article.get("title").asString()).isEqualTo("Shelling in Homs");
        assertThat(location).endsWith("/" + article.get("id").asLong());
        assertThat(json.readTree(get(location + "/events").body()).get("events").findValuesAsString("type"))
                .contains("SHELLING");
    }

    @Test
    void everyArticleResourceSaysWhenTheArticleLastChangedAndAnswersIfModifiedSince() throws Exception {
        String location = send("POST", "/api/articles", "text/plain",
                "Calm in Idlib\n\nThe city of Idlib was calm on Sunday.\n", "test-key").headers()
                .firstValue("Location").orElseThrow();
        HttpResponse<String> first = get(location);
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        java.time.Instant updatedAt = java.time.Instant.parse(json.readTree(first.body()).get("updatedAt").asString());

        assertThat(java.time.Instant.from(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.parse(lastModified)))
                .isEqualTo(updatedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(lastModified).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
        for (String resource : List.of("", "/entities", "/events", "/facts", "/paragraphs", "?offsets=utf8")) {
            assertThat(get(location + resource).headers().firstValue("Last-Modified")).as(resource)
                    .hasValue(lastModified);
            assertThat(getIfModifiedSince(location + resource, lastModified).statusCode()).as(resource)
                    .isEqualTo(304);
            assertThat(getIfModifiedSince(location + resource, "Mon, 01 Jan 2001 00:00:00 GMT").statusCode())
                    .as(resource).isEqualTo(200);
        }

        Thread.sleep(1100); // Last-Modified counts whole seconds
        send("PUT", location, "text/plain", "Shelling in Idlib\n\nTroops shelled Idlib on Monday.\n", "test-key");

        HttpResponse<String> changed = getIfModifiedSince(location + "/events", lastModified);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("Last-Modified")).isPresent().get().isNotEqualTo(lastModified);
    }

    private HttpResponse<String> getIfModifiedSince(String path, String date) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("If-Modified-Since", date).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void deleteRemovesTheArticleWithEverythingExtractedFromIt() throws Exception {
        String location = send("POST", "/api/articles", "text/plain",
                "Sheikh Abu Rami Ghazal arrives in Tal Tamr\n\nSheikh Abu Rami Ghazal arrived in Tal Tamr on Monday.\n",
                "test-key").headers().firstValue("Location").orElseThrow();
        assertThat(get("/api/entities/abu-rami-ghazal").statusCode()).isEqualTo(200);

        HttpResponse<String> deleted = sendBytes("DELETE", location, null, null, "test-key");

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(get(location).statusCode()).isEqualTo(404);
        assertThat(get("/api/entities/abu-rami-ghazal").statusCode()).isEqualTo(404);
    }

    @Test
    void writesWithoutTheRightKeyAre401ProblemsAndWriteNothing() throws Exception {
        long before = articles.count();

        HttpResponse<String> missing = send("POST", "/api/articles", "application/json", MANBIJ, null);
        HttpResponse<String> wrong = send("POST", "/api/articles", "application/json", MANBIJ, "guess");
        HttpResponse<String> delete = sendBytes("DELETE", "/api/articles/1", null, null, null);

        assertThat(List.of(missing, wrong, delete)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        });
        assertThat(json.readTree(wrong.body()).get("detail").asString()).contains("X-API-Key");
        assertThat(articles.count()).isEqualTo(before);
        assertThat(get("/api/articles/1").statusCode()).isEqualTo(200);
    }

    @Test
    void theListIsSortedByPublicationAndNarrowedByDateTitleAndSource() throws Exception {
        for (String article : List.of(
                "{\"title\": \"Ferry talks in Zarqa\", \"publishedOn\": \"2019-03-01\", \"source\": \"wire-a\","
                        + " \"body\": \"Officials met in Zarqa on Friday.\"}",
                "{\"title\": \"Zarqa market reopens\", \"body\": \"The market in Zarqa reopened.\"}",
                "{\"title\": \"Zarqa floods recede\", \"publishedOn\": \"2021-07-09\", \"source\": \"wire-b\","
                        + " \"body\": \"Water left the streets of Zarqa on Monday.\"}")) {
            assertThat(send("POST", "/api/articles", "application/json", article, "test-key").statusCode())
                    .isIn(200, 201);
        }

        assertThat(titles("/api/articles?q=ZARQA&sort=-publishedOn")).containsExactly("Zarqa floods recede",
                "Ferry talks in Zarqa", "Zarqa market reopens");
        assertThat(titles("/api/articles?q=zarqa&sort=publishedOn")).containsExactly("Ferry talks in Zarqa",
                "Zarqa floods recede", "Zarqa market reopens");
        assertThat(titles("/api/articles?q=zarqa&publishedFrom=2020-01-01")).containsExactly("Zarqa floods recede");
        assertThat(titles("/api/articles?q=zarqa&publishedTo=2020-01-01")).containsExactly("Ferry talks in Zarqa");
        assertThat(titles("/api/articles?source=wire-a")).containsExactly("Ferry talks in Zarqa");
        assertThat(titles("/api/articles?q=zarqa%25")).isEmpty(); // a wildcard is a character like any other
        HttpResponse<String> bad = get("/api/articles?sort=newest");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json.readTree(bad.body()).get("parameter").asString()).isEqualTo("sort");
    }

    @Test
    void aClientSyncsByTimeWhatWasAddedReplacedAndDeleted() throws Exception {
        String poll = java.time.Instant.now().minusMillis(1).toString();
        String added = send("POST", "/api/articles", "text/plain", "Rain in Tartus\n\nIt rained in Tartus.\n",
                "test-key").headers().firstValue("Location").orElseThrow();
        String gone = send("POST", "/api/articles", "text/plain", "Wind in Latakia\n\nIt was windy in Latakia.\n",
                "test-key").headers().firstValue("Location").orElseThrow();
        JsonNode goneArticle = json.readTree(get(gone).body());
        send("DELETE", gone, null, null, "test-key");

        JsonNode changed = json.readTree(get("/api/articles?size=100&updatedSince=" + poll).body()).get("content");
        JsonNode deleted = json.readTree(get("/api/deletions?since=" + poll).body()).get("content");
        JsonNode article = json.readTree(get(added).body());

        assertThat(changed.findValuesAsString("title")).containsExactly("Rain in Tartus");
        assertThat(changed.get(0).get("updatedAt").asString()).isEqualTo(article.get("updatedAt").asString());
        assertThat(java.time.Instant.parse(article.get("createdAt").asString())).isAfterOrEqualTo(
                java.time.Instant.parse(poll));
        assertThat(deleted.findValuesAsString("slug")).containsExactly(goneArticle.get("slug").asString());
        assertThat(deleted.get(0).get("articleId").asLong()).isEqualTo(goneArticle.get("id").asLong());
        assertThat(json.readTree(get("/api/articles?updatedSince=2999-01-01T00:00:00Z").body())
                .get("content").size()).isZero();
        HttpResponse<String> bad = get("/api/articles?updatedSince=yesterday");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json.readTree(bad.body()).get("parameter").asString()).isEqualTo("updatedSince");
    }

    private List<String> titles(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body()).get("content").findValuesAsString("title");
    }

    @Test
    void aTextBodyIsReadInTheCharsetItNamesOrRefusedNamingThoseItCouldBe() throws Exception {
        byte[] latin1 = "Caf\u00e9 reopens in S\u00e9tif\n\nThe caf\u00e9 in S\u00e9tif reopened on Monday.\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] cp1252 = "Police \u2018regret\u2019 S\u00e9tif raid\n\nPolice said they regretted the raid.\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));

        HttpResponse<String> iso = sendBytes("POST", "/api/articles", "text/plain; charset=ISO-8859-1", latin1,
                "test-key");
        HttpResponse<String> windows = sendBytes("POST", "/api/articles", "text/plain;charset=windows-1252", cp1252,
                "test-key");
        HttpResponse<String> koi8 = sendBytes("POST", "/api/articles", "text/plain; charset=koi8-r", latin1,
                "test-key");

        assertThat(iso.statusCode()).isEqualTo(201);
        assertThat(json.readTree(iso.body()).get("title").asString()).isEqualTo("Caf\u00e9 reopens in S\u00e9tif");
        assertThat(windows.statusCode()).isEqualTo(201);
        assertThat(json.readTree(windows.body()).get("title").asString())
                .isEqualTo("Police \u2018regret\u2019 S\u00e9tif raid");
        assertThat(koi8.statusCode()).isEqualTo(415);
        assertThat(json.readTree(koi8.body()).get("detail").asString()).contains("UTF-8", "ISO-8859-1",
                "windows-1252", "koi8-r");
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyAnswersTheFirstResultAndAnotherBodyIs422() throws Exception {
        String key = "retry-" + java.util.UUID.randomUUID();
        String first = "Fog over Hama\n\nFog closed the roads around Hama on Tuesday.\n";
        HttpResponse<String> created = postWithKey(first, key);
        long count = articles.count();
        HttpResponse<String> retried = postWithKey(first, key);
        HttpResponse<String> otherBody = postWithKey("Snow over Hama\n\nSnow fell on Hama.\n", key);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(retried.statusCode()).isEqualTo(201);
        assertThat(retried.headers().firstValue("Location")).isEqualTo(created.headers().firstValue("Location"));
        assertThat(retried.body()).isEqualTo(created.body());
        assertThat(articles.count()).isEqualTo(count);
        assertThat(otherBody.statusCode()).isEqualTo(422);
        assertThat(json.readTree(otherBody.body()).get("type").asString()).endsWith("/problems/idempotency-key-reused");
        assertThat(articles.count()).isEqualTo(count);
    }

    private HttpResponse<String> postWithKey(String text, String idempotencyKey) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/articles"))
                .POST(HttpRequest.BodyPublishers.ofString(text)).header("Content-Type", "text/plain")
                .header("X-API-Key", "test-key").header("Idempotency-Key", idempotencyKey).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aWriteToARouteThatTakesNoneIs405WithOrWithoutTheKey() throws Exception {
        for (String key : java.util.Arrays.asList(null, "test-key")) {
            HttpResponse<String> response = send("POST", "/api/articles/1/paragraphs", "application/json", MANBIJ,
                    key);

            assertThat(response.statusCode()).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow)
                    .contains("GET"));
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void anUnknownPathIsA404ProblemInTheApisTerms() throws Exception {
        HttpResponse<String> response = get("/api/nothing-here");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json.readTree(response.body()).get("detail").asString())
                .isEqualTo("No resource is at /api/nothing-here.");
    }

    @Test
    void badInputGetsAPreciseProblemAndChangesNothing() throws Exception {
        long before = articles.count();
        record Case(String contentType, byte[] body, int status, String detail) {
        }
        List<Case> cases = List.of(
                new Case("application/json", bytes("{\"title\": \"x\""), 400, "not valid JSON"),
                new Case("application/json", bytes("{\"body\": \"Text.\"}"), 400, "'title' must not be blank"),
                new Case("application/json", bytes("{\"title\": \"T\", \"body\": \"B\", \"publishedOn\": \"21/08/2016\"}"),
                        400, "ISO 8601 date"),
                new Case("application/xml", bytes("<article/>"), 415, "application/xml"),
                new Case("text/plain", new byte[] {'T', '\n', '\n', (byte) 0xC3, (byte) 0x28}, 400, "not valid UTF-8"),
                new Case("text/plain", bytes(" \n\u00A0\n "), 400, "only whitespace"),
                new Case("text/plain", bytes("T\n\n" + "x".repeat(70_000)), 413, "at most 65536"));
        for (Case bad : cases) {
            HttpResponse<String> response = sendBytes("POST", "/api/articles", bad.contentType, bad.body, "test-key");
            assertThat(response.statusCode()).as(bad.detail).isEqualTo(bad.status);
            assertThat(response.headers().firstValue("Content-Type")).as(bad.detail).hasValue("application/problem+json");
            assertThat(json.readTree(response.body()).get("detail").asString()).as(bad.detail).contains(bad.detail);
        }
        assertThat(articles.count()).isEqualTo(before);
    }

    @Test
    void replacingOrDeletingAnUnknownArticleIsA404Problem() throws Exception {
        assertThat(send("PUT", "/api/articles/9999", "text/plain", "T\n\nB.\n", "test-key").statusCode()).isEqualTo(404);
        assertThat(sendBytes("DELETE", "/api/articles/no-such-slug", null, null, "test-key").statusCode())
                .isEqualTo(404);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return sendBytes("GET", path, null, null, null);
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, String key)
            throws IOException, InterruptedException {
        return sendBytes(method, path, contentType, body == null ? null : bytes(body), key);
    }

    private HttpResponse<String> sendBytes(String method, String path, String contentType, byte[] body, String key)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
