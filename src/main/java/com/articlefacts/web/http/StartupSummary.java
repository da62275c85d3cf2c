package com.articlefacts.web.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The last line of a start: where to point a browser or curl, how many articles are stored and whether writes are
 * on, so that a new user need not read the log above it.
 */
@Component
class StartupSummary {

    private static final Logger log = LoggerFactory.getLogger(StartupSummary.class);

    private final JdbcClient jdbc;
    private final WriteAccessProperties writes;

    StartupSummary(JdbcClient jdbc, WriteAccessProperties writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void summarise(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        Environment environment = event.getApplicationContext().getEnvironment();
        String host = environment.getProperty("server.address", "localhost");
        String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + web.getWebServer().getPort()
                + environment.getProperty("server.servlet.context-path", "");
        long articles = jdbc.sql("select count(*) from article").query(Long.class).single();
        log.info("Ready: {}/api/articles serves {} article{}; Swagger UI at {}/swagger-ui.html; writes {}", base,
                articles, articles == 1 ? "" : "s", base, writes.writesEnabled()
                        ? "enabled (send the API key in " + SecurityConfiguration.API_KEY_HEADER + ")"
                        : "disabled (start with ARTICLE_FACTS_API_KEY set to enable them)");
    }
}
