package com.articlefacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application in its own process on an H2 file: posted articles survive a restart, and a process killed hard in
 * the middle of ingesting leaves a store where every article has all its facts.
 */
class RestartAndCrashIntegrationTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void postedArticlesSurviveARestart(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("seeds"));
        String location;
        try (ChildProcessApp app = ChildProcessApp.start(dir)) {
            HttpResponse<String> created = app.post("Truce in Daraa\n\nA truce between rebels and Syrian troops "
                    + "held in Daraa on Sunday, residents said.\n");
            assertThat(created.statusCode()).isEqualTo(201);
            location = created.headers().firstValue("Location").orElseThrow();
        }
        try (ChildProcessApp app = ChildProcessApp.start(dir)) {
            JsonNode facts = json.readTree(app.get(location + "/facts").body());
            assertThat(facts.get("title").asString()).isEqualTo("Truce in Daraa");
            assertThat(facts.get("entities").findValuesAsString("key")).contains("daraa");
            assertThat(json.readTree(app.get("/api/articles").body()).get("page").get("totalElements").asInt())
                    .isEqualTo(1);
        }
    }

    @Test
    void aProcessKilledWhileIngestingLeavesAConsistentStore(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("seeds"));
        List<String> stored = new ArrayList<>();
        ChildProcessApp app = ChildProcessApp.start(dir);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            assertThat(app.post(article(0)).statusCode()).isEqualTo(201);
            Future<?> posting = writer.submit(() -> {
                for (int i = 1; i < 200; i++) {
                    HttpResponse<String> response = app.post(article(i));
                    if (response.statusCode() == 201) {
                        synchronized (stored) {
                            stored.add(response.headers().firstValue("Location").orElseThrow());
                        }
                    }
                }
                return null;
            });
            Thread.sleep(1500);
            app.kill();
            try {
                posting.get();
            } catch (java.util.concurrent.ExecutionException expected) {
                // the connection died with the process
            }
        } finally {
            writer.shutdownNow();
            app.kill();
        }
        try (ChildProcessApp restarted = ChildProcessApp.start(dir)) {
            JsonNode page = json.readTree(restarted.get("/api/articles?size=100").body());
            assertThat(page.get("page").get("totalElements").asInt()).isGreaterThanOrEqualTo(1 + stored.size());
            for (JsonNode summary : page.get("content")) {
                JsonNode facts = json.readTree(restarted.get("/api/articles/" + summary.get("id").asLong() + "/facts")
                        .body());
                assertThat(facts.get("extractorVersion").asString()).isNotEmpty();
                assertThat(facts.get("entities").findValuesAsString("key")).contains("aleppo");
                assertThat(facts.get("events").size()).isPositive();
            }
            synchronized (stored) {
                for (String location : stored) {
                    assertThat(restarted.get(location).statusCode()).isEqualTo(200);
                }
            }
        }
    }

    private static String article(int n) {
        return "Report " + n + " from Aleppo\n\nSyrian troops shelled rebel positions in Aleppo on Monday, activists said. "
                + "Report number " + n + ".\n";
    }
}
