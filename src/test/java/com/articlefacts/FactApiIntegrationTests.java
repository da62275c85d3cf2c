package com.articlefacts;

import com.articlefacts.web.article.ArticleRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The seed's facts over real HTTP: dates, events, attributions and the one-request facts document. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FactApiIntegrationTests {

    private final HttpClient http = ContractCheckedHttpClient.create();

    @LocalServerPort
    private int port;

    @Autowired
    private JsonMapper json;

    @Test
    void placesTheSeedsDatesOnTheCalendar() throws Exception {
        Map<String, List<String>> values = new HashMap<>();
        for (JsonNode date : getJson("/api/articles/1/dates").get("dates")) {
            values.computeIfAbsent(date.get("text").asString(), k -> new ArrayList<>()).add(date.get("value").asString());
        }

        assertThat(values.get("21 August, 2016")).containsExactly("2016-08-21");
        // TimeML writes the part of day into the value; the interval gives the day alone.
        assertThat(values.get("Sunday morning")).containsExactly("2016-08-21TMO");
        assertThat(values.get("Saturday night")).containsExactly("2016-08-20TNI");
        assertThat(values.get("last week")).containsExactly("2016-W32", "2016-W32");
    }

    @Test
    void servesEventsWithEntityKeysAndAttributionsThatExist() throws Exception {
        JsonNode facts = getJson("/api/articles/fighting-resumes-in-hassakeh-despite-russian-push-for-peace/facts");
        String seed = Files.readString(Path.of("seeds/000_fe54be4b88a2ffd5.txt"), StandardCharsets.UTF_8);

        List<String> entityKeys = facts.get("entities").findValuesAsString("key");
        List<Long> attributionIds = new ArrayList<>();
        facts.get("attributions").forEach(a -> attributionIds.add(a.get("id").asLong()));
        assertThat(facts.get("events").size()).isGreaterThanOrEqualTo(10);
        for (JsonNode event : facts.get("events")) {
            for (String role : List.of("actor", "target", "place")) {
                if (!event.get(role).isNull()) {
                    assertThat(entityKeys).as(role).contains(event.get(role).asString());
                }
            }
            if (!event.get("attribution").isNull()) {
                assertThat(attributionIds).contains(event.get("attribution").asLong());
            }
            JsonNode trigger = event.get("trigger");
            assertThat(trigger.get("text").asString())
                    .isEqualTo(seed.substring(trigger.get("start").asInt(), trigger.get("end").asInt()));
        }
        assertThat(facts.get("attributions").findValuesAsString("source")).contains("sohr", "reports", "locals");
    }

    @Test
    void filtersEventsAcrossArticlesByActorAndDates() throws Exception {
        JsonNode inAugust = getJson("/api/events?actor=syrian-regime&from=2016-08-01&to=2016-08-31");
        JsonNode inJuly = getJson("/api/events?actor=syrian-regime&from=2016-07-01&to=2016-07-31");

        assertThat(inAugust.get("content").size()).isGreaterThanOrEqualTo(3);
        assertThat(inAugust.get("content")).allSatisfy(
                event -> assertThat(event.get("actor").asString()).isEqualTo("syrian-regime"));
        assertThat(inJuly.get("page").get("totalElements").asInt()).isZero();
    }

    @Test
    void sortsEventsByDateEitherWayAndLinksEachToItsArticleAndEntities() throws Exception {
        List<Long> newestFirst = ids(getJson("/api/events?size=100"));
        List<Long> oldestFirst = ids(getJson("/api/events?size=100&sort=date"));
        List<String> days = new ArrayList<>();
        getJson("/api/events?size=100").get("content").forEach(event -> {
            if (!event.get("date").isNull() && event.get("date").asString().length() == 10) {
                days.add(event.get("date").asString());
            }
        });
        java.util.Collections.reverse(oldestFirst);

        assertThat(newestFirst).hasSizeGreaterThan(3).isEqualTo(oldestFirst);
        assertThat(days).hasSizeGreaterThan(1).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(ids(getJson("/api/events?size=100&sort=-id"))).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        for (JsonNode event : getJson("/api/events?size=100").get("content")) {
            JsonNode links = event.get("links");
            assertThat(getJson(links.get("article").asString()).get("id").asLong())
                    .isEqualTo(event.get("articleId").asLong());
            for (String role : List.of("actor", "target", "place")) {
                if (!event.get(role).isNull()) {
                    assertThat(getJson(links.get(role).asString()).get("key").asString()).as(role)
                            .isEqualTo(event.get(role).asString());
                } else {
                    assertThat(links.get(role).isNull()).as(role).isTrue();
                }
            }
        }
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("content").forEach(event -> ids.add(event.get("id").asLong()));
        return ids;
    }

    @Test
    void theDescriptionListsTheValuesOfEveryClosedSetTheServerFills() throws Exception {
        JsonNode schemas = getJson("/v3/api-docs").get("components").get("schemas");
        JsonNode search = getJson("/v3/api-docs").get("paths").get("/api/events").get("get").get("parameters");

        assertThat(schemas.at("/EventResponse/properties/type/enum").valueStream().map(JsonNode::asString))
                .contains("AIRSTRIKE", "ARMED_CLASH", "MEETING").hasSizeGreaterThan(20);
        assertThat(schemas.at("/EventResponse/properties/certainty/enum").valueStream().map(JsonNode::asString))
                .containsExactly("asserted", "reported", "alleged");
        assertThat(schemas.at("/Casualty/properties/kind/enum").valueStream().map(JsonNode::asString))
                .containsExactly("killed", "injured");
        assertThat(schemas.at("/AttributionResponse/properties/sourceType/enum").valueStream()
                .map(JsonNode::asString)).containsExactly("entity", "unnamed");
        assertThat(schemas.at("/DateResponse/properties/kind/enum").valueStream().map(JsonNode::asString))
                .contains("DATE", "DURATION");
        assertThat(schemas.at("/DateResponse/properties/granularity/enum").valueStream().map(JsonNode::asString))
                .contains("day", "reference");
        assertThat(schemas.at("/ArticleRequest/properties/title/minLength").asInt()).isEqualTo(1);
        assertThat(schemas.at("/ArticleRequest/properties/body/minLength").asInt()).isEqualTo(1);
        assertThat(search.valueStream().filter(p -> p.get("name").asString().equals("type")))
                .singleElement().satisfies(type -> assertThat(type.at("/schema/enum").size())
                        .isEqualTo(schemas.at("/EventResponse/properties/type/enum").size()));
    }

    @Test
    void everyOperationIsNamedByResourceAndVerbAndDescribed() throws Exception {
        JsonNode paths = getJson("/v3/api-docs").get("paths");
        List<String> ids = new java.util.ArrayList<>();
        paths.forEach(item -> item.forEach(operation -> {
            ids.add(operation.get("operationId").asString());
            assertThat(operation.path("description").asString("")).as(operation.get("operationId").asString())
                    .isNotBlank();
        }));

        assertThat(ids).doesNotHaveDuplicates().contains("listArticles", "getArticle", "createArticle",
                "replaceArticle", "deleteArticle", "searchEvents", "getEntity", "listProblemTypes");
        assertThat(ids).allSatisfy(id -> assertThat(id).matches("(list|get|create|replace|delete|search)[A-Z]\\w+"));
    }

    @Test
    void exportsEventsAsAcledShapedCsvWhoseNotesAreTheEvidence() throws Exception {
        String seed = Files.readString(Path.of("seeds/000_fe54be4b88a2ffd5.txt"), StandardCharsets.UTF_8);
        HttpResponse<String> byParameter = get("/api/events?format=csv&size=100", "*/*");
        HttpResponse<String> byAccept = get("/api/events?size=100", "text/csv");

        for (HttpResponse<String> response : List.of(byParameter, byAccept)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/csv"));
        }
        assertThat(byAccept.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Accept"));
        for (int read = 0; read < 2; read++) { // rendered, then from the response cache
            assertThat(get("/api/events?size=100", "application/json").headers().allValues("Vary"))
                    .anySatisfy(vary -> assertThat(vary).containsPattern("(^|, )Accept(,|$)"));
        }
        assertThat(byAccept.body()).isEqualTo(byParameter.body());
        try (CSVParser csv = CSVParser.parse(byParameter.body(),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(csv.getHeaderNames()).startsWith("event_date", "event_type", "sub_event_type", "actor1",
                    "actor2", "country", "location", "latitude", "longitude", "source", "notes", "fatalities");
            List<CSVRecord> rows = csv.getRecords();
            assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
            for (CSVRecord row : rows) {
                int start = Integer.parseInt(row.get("evidence_start"));
                int end = Integer.parseInt(row.get("evidence_end"));
                assertThat(row.get("notes")).isEqualTo(seed.substring(start, end));
                assertThat(row.get("event_date")).matches("\\d{4}-\\d{2}-\\d{2}");
                assertThat(row.get("date_source")).isIn("stated", "period", "publication");
                assertThat(row.get("source")).isEqualTo("000_fe54be4b88a2ffd5.txt");
            }
            assertThat(rows).extracting(row -> row.get("date_source")).contains("stated", "publication");
            assertThat(rows).filteredOn(row -> row.get("date_source").equals("publication"))
                    .allSatisfy(row -> assertThat(row.get("event_date")).isEqualTo("2016-08-21"));
            assertThat(rows).extracting(row -> row.get("event_type")).contains("Battles",
                    "Explosions/Remote violence");
            assertThat(rows).filteredOn(row -> row.get("location_key").equals("al-hasakah"))
                    .allSatisfy(row -> assertThat(row.get("country")).isEqualTo("Syria"))
                    .allSatisfy(row -> assertThat(row.get("latitude")).isNotEmpty());
        }
    }

    @Test
    void refusesAnUnknownExportFormat() throws Exception {
        HttpResponse<String> response = get("/api/events?format=xml", "*/*");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("format");
    }

    @Test
    void describesTheFactEndpointsInOpenApi() throws Exception {
        JsonNode paths = getJson("/v3/api-docs").get("paths");

        assertThat(paths.propertyNames()).contains("/api/articles/{idOrSlug}/dates", "/api/articles/{idOrSlug}/events",
                "/api/articles/{idOrSlug}/attributions", "/api/articles/{idOrSlug}/facts", "/api/events");
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }
}
