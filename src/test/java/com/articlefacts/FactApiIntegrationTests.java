package com.articlefacts;

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

    private final HttpClient http = HttpClient.newHttpClient();

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
        assertThat(inAugust.get("content").findValuesAsString("actor")).containsOnly("syrian-regime");
        assertThat(inJuly.get("page").get("totalElements").asInt()).isZero();
    }

    @Test
    void describesTheFactEndpointsInOpenApi() throws Exception {
        JsonNode paths = getJson("/v3/api-docs").get("paths");

        assertThat(paths.propertyNames()).contains("/api/articles/{idOrSlug}/dates", "/api/articles/{idOrSlug}/events",
                "/api/articles/{idOrSlug}/attributions", "/api/articles/{idOrSlug}/facts", "/api/events");
    }

    private JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }
}
