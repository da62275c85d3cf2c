package com.articlefacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;

import com.articlefacts.article.ArticleRepository;
import com.articlefacts.ingest.ArticlesChanged;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole application on a random port, with the seed ingested at startup, read over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ArticleApiIntegrationTests {

    private static final String SLUG = "fighting-resumes-in-hassakeh-despite-russian-push-for-peace";

    private final HttpClient http = ContractCheckedHttpClient.create();

    @LocalServerPort
    private int port;

    @Autowired
    private JsonMapper json;

    @Autowired
    private ArticleRepository articles;

    @Autowired
    private ApplicationRunner seedLoader;

    @Autowired
    private ApplicationEventPublisher events;

    @Test
    void servesTheSeedsThirteenBodyParagraphsAsSlicesOfItsText() throws Exception {
        String seed = Files.readString(Path.of("seeds/000_fe54be4b88a2ffd5.txt"), StandardCharsets.UTF_8);

        JsonNode resource = getJson("/api/articles/1/paragraphs");
        JsonNode paragraphs = resource.get("paragraphs");

        assertThat(resource.get("slug").asString()).isEqualTo(SLUG);
        assertThat(resource.get("offsets").asString()).isEqualTo("utf16");
        assertThat(paragraphs.size()).isEqualTo(13);
        for (JsonNode paragraph : paragraphs) {
            String text = paragraph.get("text").asString();
            assertThat(text).isEqualTo(seed.substring(paragraph.get("start").asInt(), paragraph.get("end").asInt()));
            assertThat(text).isNotBlank();
        }
        assertThat(paragraphs.get(3).get("text").asString()).startsWith("Media activist");
    }

    @Test
    void servesTheSeedBySlugWithItsLayoutMetadata() throws Exception {
        JsonNode article = getJson("/api/articles/" + SLUG);

        assertThat(article.get("id").asLong()).isEqualTo(1);
        assertThat(article.get("publishedOn").asString()).isEqualTo("2016-08-21");
        assertThat(article.get("readingTimeMinutes").asInt()).isEqualTo(2);
        assertThat(article.get("image").get("credit").asString()).isEqualTo("Getty");
        assertThat(article.get("source").get("fileName").asString()).isEqualTo("000_fe54be4b88a2ffd5.txt");
        assertThat(article.get("text").asString())
                .isEqualTo(Files.readString(Path.of("seeds/000_fe54be4b88a2ffd5.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void listsTheSeed() throws Exception {
        JsonNode page = getJson("/api/articles?page=0&size=5");

        assertThat(page.get("page").get("totalElements").asInt()).isEqualTo(1);
        assertThat(page.get("content").get(0).get("paragraphCount").asInt()).isEqualTo(13);
    }

    @Test
    void loadingTheSeedsAgainStoresNothingNew() throws Exception {
        seedLoader.run(new DefaultApplicationArguments());

        assertThat(articles.count()).isEqualTo(1);
    }

    @Test
    void servesTheSeedsEntitiesWithMentionsThatAreSlicesInsideTheirParagraphs() throws Exception {
        String seed = Files.readString(Path.of("seeds/000_fe54be4b88a2ffd5.txt"), StandardCharsets.UTF_8);
        JsonNode paragraphs = getJson("/api/articles/1/paragraphs").get("paragraphs");

        JsonNode entities = getJson("/api/articles/1/entities").get("entities");

        java.util.Map<String, JsonNode> byKey = new java.util.HashMap<>();
        entities.forEach(entity -> byKey.put(entity.get("key").asString(), entity));
        assertThat(byKey).containsKeys("ypg", "syrian-regime", "russian-delegation", "sohr");
        assertThat(byKey.get("ypg").get("label").asString()).isEqualTo("YPG");
        assertThat(byKey.get("russian-delegation").get("mentionCount").asInt()).isEqualTo(4);
        for (JsonNode entity : entities) {
            for (JsonNode mention : entity.get("mentions")) {
                int start = mention.get("start").asInt();
                int end = mention.get("end").asInt();
                assertThat(mention.get("text").asString()).isEqualTo(seed.substring(start, end));
                if (!mention.get("paragraph").isNull()) {
                    JsonNode paragraph = paragraphs.get(mention.get("paragraph").asInt() - 1);
                    assertThat(start).isGreaterThanOrEqualTo(paragraph.get("start").asInt());
                    assertThat(end).isLessThanOrEqualTo(paragraph.get("end").asInt());
                }
            }
        }
    }

    @Test
    void findsAnEntityBySpellingVariantAndAcrossArticles() throws Exception {
        JsonNode found = getJson("/api/entities?q=Hassekeh");
        JsonNode ypg = getJson("/api/entities/ypg");

        assertThat(found.get("content").findValuesAsString("key")).contains("al-hasakah");
        JsonNode hasakah = getJson("/api/entities/al-hasakah");
        assertThat(hasakah.get("coordinates").get("latitude").asDouble()).isBetween(36.0, 37.0);
        assertThat(hasakah.get("coordinates").get("longitude").asDouble()).isBetween(40.0, 41.5);
        assertThat(ypg.get("coordinates").isNull()).isTrue();
        assertThat(ypg.get("articles").get(0).get("mentionCount").asInt()).isEqualTo(7);
        assertThat(ypg.get("aliases").toString()).contains("Kurdish People's Protection Units");
    }

    @Test
    void answersInUtf8OffsetsWhenAsked() throws Exception {
        String seed = Files.readString(Path.of("seeds/000_fe54be4b88a2ffd5.txt"), StandardCharsets.UTF_8);
        JsonNode entities = getJson("/api/articles/1/entities?offsets=utf8");

        assertThat(entities.get("offsets").asString()).isEqualTo("utf8");
        byte[] bytes = seed.getBytes(StandardCharsets.UTF_8);
        for (JsonNode entity : entities.get("entities")) {
            for (JsonNode mention : entity.get("mentions")) {
                String slice = new String(bytes, mention.get("start").asInt(),
                        mention.get("end").asInt() - mention.get("start").asInt(), StandardCharsets.UTF_8);
                assertThat(slice).isEqualTo(mention.get("text").asString());
            }
        }
    }

    @Test
    void reportsReadyOnceSeedsAreIn() throws Exception {
        assertThat(getJson("/actuator/health/readiness").get("status").asString()).isEqualTo("UP");
        assertThat(getJson("/actuator/health/liveness").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void aRepeatedReadServedFromTheResponseCacheKeepsItsHeaders() throws Exception {
        List<HttpResponse<String>> responses = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/articles/1/entities"))
                    .header("Origin", "https://viewer.example").build();
            responses.add(http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }

        assertThat(responses).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(response.headers().firstValue("Offset-Unit")).hasValue("utf16");
        });
        assertThat(responses.get(1).body()).isEqualTo(responses.get(0).body());
        assertThat(responses.get(1).headers().firstValue("ETag")).isEqualTo(responses.get(0).headers().firstValue("ETag"));
    }

    @Test
    void everyArticleAndEntityGivesItsOwnAddress() throws Exception {
        JsonNode listed = getJson("/api/articles").get("content").get(0);
        JsonNode article = getJson(listed.get("self").asString());
        JsonNode entity = getJson("/api/articles/1/entities").get("entities").get(0);

        assertThat(article.get("id").asLong()).isEqualTo(listed.get("id").asLong());
        assertThat(getJson(article.get("self").asString()).get("slug").asString()).isEqualTo(listed.get("slug").asString());
        JsonNode detail = getJson(entity.get("self").asString());
        assertThat(detail.get("key").asString()).isEqualTo(entity.get("key").asString());
        assertThat(detail.get("self").asString()).isEqualTo(entity.get("self").asString());
        assertThat(getJson(detail.get("articles").get(0).get("self").asString()).get("id").asLong()).isPositive();
        assertThat(getJson("/api/entities?q=hasakah").get("content").get(0).get("self").asString())
                .startsWith("/api/entities/");
    }

    @Test
    void sortsEntitiesByNameEitherWay() throws Exception {
        List<String> ascending = getJson("/api/entities?size=100").get("content").findValuesAsString("label");
        List<String> descending = getJson("/api/entities?size=100&sort=-name").get("content").findValuesAsString("label");

        List<String> reversed = new java.util.ArrayList<>(ascending);
        java.util.Collections.reverse(reversed);

        assertThat(ascending).hasSizeGreaterThan(4).hasSizeLessThan(100);
        assertThat(descending).isEqualTo(reversed);
        assertThat(get("/api/entities?sort=popularity").statusCode()).isEqualTo(400);
    }

    @Test
    void aPagedListLinksItsFirstPreviousNextAndLastPagesKeepingTheQuery() throws Exception {
        long total = getJson("/api/entities?size=2").get("page").get("totalElements").asLong();
        long last = (total + 1) / 2 - 1;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/entities?size=2&page=1")).build();
        HttpResponse<String> second = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(total).isGreaterThan(4);
        assertThat(second.headers().firstValue("Link")).hasValue("</api/entities?size=2&page=0>; rel=\"first\", "
                + "</api/entities?size=2&page=0>; rel=\"prev\", </api/entities?size=2&page=2>; rel=\"next\", "
                + "</api/entities?size=2&page=" + last + ">; rel=\"last\"");
    }

    @Test
    void everyAnswerCarriesARequestIdEchoingASaneOneTheClientSent() throws Exception {
        HttpResponse<String> echoed = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/articles/1")).header("X-Request-Id", "trace-42.a").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> made = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/nothing")).header("X-Request-Id", "bad id\twith a tab").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/articles/1")).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(echoed.headers().allValues("X-Request-Id")).containsExactly("trace-42.a");
        assertThat(made.statusCode()).isEqualTo(404);
        assertThat(made.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id)
                .matches("[0-9a-f-]{36}"));
        assertThat(again.headers().allValues("X-Request-Id")).singleElement()
                .isNotEqualTo("trace-42.a"); // a kept response does not replay another request's id
    }

    @Test
    void theDescriptionAndTheProblemTypesMayBeReadFromAnotherOrigin() throws Exception {
        for (String path : List.of("/v3/api-docs", "/problems", "/problems/invalid-parameter")) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Origin", "https://docs.example").build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
        }
    }

    @Test
    void aBrowserOnAnotherOriginMayRevalidateByDate() throws Exception {
        HttpRequest preflight = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/articles/1"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://viewer.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-modified-since").build();
        HttpResponse<String> response = http.send(preflight, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(
                allowed -> assertThat(allowed.toLowerCase(java.util.Locale.ROOT)).contains("if-modified-since"));
    }

    @Test
    void aReadAnsweredFromTheCacheCarriesTheSameBytesAndHeadersAsTheOneThatFilledIt() throws Exception {
        events.publishEvent(new ArticlesChanged(1, null)); // the next reads are the stored ones
        getBytes("/api/articles/1/entities", Map.of()); // a URL is kept the second time it is read
        HttpResponse<byte[]> rendered = getBytes("/api/articles/1/entities", Map.of());
        HttpResponse<byte[]> kept = getBytes("/api/articles/1/entities", Map.of());

        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(kept.headers().firstValue("X-Cache")).hasValue("hit");
        assertThat(kept.body()).isEqualTo(rendered.body());
        assertThat(headersBesidesDate(kept)).isEqualTo(headersBesidesDate(rendered));
        assertThat(kept.headers().map()).containsKeys("x-content-type-options", "x-frame-options", "etag", "date");
        assertThat(kept.headers().allValues("vary")).singleElement().asString().contains("Origin", "Accept-Encoding");

        String tag = kept.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> notModified = getBytes("/api/articles/1/entities", Map.of("If-None-Match", tag));
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.headers().firstValue("ETag")).hasValue(tag);
        assertThat(notModified.headers().firstValue("Cache-Control")).hasValue("no-cache");

        HttpResponse<byte[]> zipped = getBytes("/api/articles/1/entities", Map.of("Accept-Encoding", "gzip"));
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValue("ETag")).hasValue(tag.replaceAll("\"$", "-gzip\""));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(rendered.body());
        }
    }

    @Test
    void aClientThatWantsAnotherMediaTypeIsNotAnsweredFromTheCache() throws Exception {
        getBytes("/api/articles/1", Map.of());
        HttpResponse<byte[]> response = getBytes("/api/articles/1", Map.of("Accept", "application/xml"));

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void unknownPathIsA404Problem() throws Exception {
        HttpResponse<String> response = get("/no/such/path");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void describesEveryEndpointInOpenApi() throws Exception {
        JsonNode paths = getJson("/v3/api-docs").get("paths");

        assertThat(paths.propertyNames()).contains("/api/articles", "/api/articles/{idOrSlug}",
                "/api/articles/{idOrSlug}/paragraphs", "/api/articles/{idOrSlug}/paragraphs/{number}",
                "/api/articles/{idOrSlug}/entities", "/api/entities", "/api/entities/{key}");
    }

    @Test
    void showsTheExtractionBacklogOfEveryInstance() throws Exception {
        JsonNode jobs = getJson("/actuator/jobs");

        assertThat(jobs.propertyNames()).contains("pending", "running", "done", "failed", "wordsDone");
        assertThat(jobs.get("failed").asLong()).as("nothing in the backlog failed").isZero();
    }

    private JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<byte[]> getBytes(String path, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** All but the headers that say when, from where and for which exchange: Date, X-Cache and X-Request-Id. */
    private static Map<String, List<String>> headersBesidesDate(HttpResponse<?> response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.remove("date");
        headers.remove("x-request-id");
        headers.remove("x-cache");
        return headers;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
