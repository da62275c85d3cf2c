package com.articlefacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Readiness tells the truth about the database: an instance whose database stops answering says it cannot serve,
 * so a load balancer stops sending it readers.
 */
class ReadinessIntegrationTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readinessGoesDownWhileTheDatabaseIsUnreachable(@TempDir Path seeds) throws Exception {
        Server database = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        String url = "jdbc:h2:tcp://localhost:" + database.getPort() + "/mem:readiness;DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ArticleFactsApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + url,
                "--spring.datasource.hikari.connection-timeout=1000",
                "--spring.datasource.hikari.validation-timeout=500",
                "--article-facts.ingest.seed-dir=" + seeds, "--logging.level.root=OFF")) {
            HttpResponse<String> up = readiness(app);

            database.stop();
            HttpResponse<String> down = readiness(app);

            assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
            assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
            assertThat(down.body()).contains("\"DOWN\"");
        } finally {
            database.stop();
        }
    }

    private HttpResponse<String> readiness(ConfigurableApplicationContext app) throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpRequest request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health/readiness")).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
