package com.articlefacts.web.read;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.articlefacts.ingest.ArticlesChanged;

/**
 * Keeps the memory caches of every instance on one PostgreSQL database fresh: each committed write is announced
 * with NOTIFY before the writer is answered, and each instance LISTENs on a connection of its own and forgets what
 * the write changed, as the writer's instance does. PostgreSQL delivers a notification to every listener as soon as
 * it is sent. If the listening connection breaks, notifications may have been missed, so the whole cache is
 * forgotten once it is back. Not used on H2, whose file one process owns.
 */
class ChangeNotifications implements DisposableBean {

    static final String CHANNEL = "article_facts_changes";
    private static final Logger log = LoggerFactory.getLogger(ChangeNotifications.class);
    private static final int POLL_MILLIS = 250;

    /** Absent in test slices without a database; then there is nothing to listen to. */
    private final ObjectProvider<DataSource> dataSources;
    private final ObjectProvider<JdbcClient> jdbcClients;
    private final ResponseCache cache;
    private final Thread listener = new Thread(this::listen, "change-notifications");
    private volatile boolean running = true;

    ChangeNotifications(ObjectProvider<DataSource> dataSources, ObjectProvider<JdbcClient> jdbcClients,
            ResponseCache cache) {
        this.dataSources = dataSources;
        this.jdbcClients = jdbcClients;
        this.cache = cache;
        listener.setDaemon(true);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (dataSources.getIfAvailable() != null) {
            listener.start();
        }
    }

    /** Announces a committed write to the other instances; sent before the writer is answered. */
    @EventListener
    void onArticlesChanged(ArticlesChanged change) {
        JdbcClient jdbc = jdbcClients.getIfAvailable();
        if (jdbc != null) {
            String slug = change.slug() == null ? "" : change.slug();
            jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, change.articleId() + " " + slug).query().singleRow();
        }
    }

    private void listen() {
        DataSource dataSource = dataSources.getObject();
        boolean missedSome = false;
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                if (missedSome) {
                    cache.invalidateAll();
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            apply(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    missedSome = true;
                    log.warn("Listening for changes by other instances failed ({}); retrying", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void apply(String payload) {
        int space = payload.indexOf(' ');
        try {
            long articleId = Long.parseLong(space < 0 ? payload : payload.substring(0, space));
            String slug = space < 0 || space == payload.length() - 1 ? null : payload.substring(space + 1);
            cache.invalidateArticle(articleId, slug);
        } catch (NumberFormatException e) {
            cache.invalidateAll(); // not ours to read: forget everything rather than serve something stale
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void destroy() {
        running = false;
        listener.interrupt();
    }
}
