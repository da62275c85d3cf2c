package com.articlefacts;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Runs every Spring test context against PostgreSQL when {@code ARTICLE_FACTS_TEST_POSTGRES_URL} is set (CI sets
 * it for its second run of the suite), each context in a schema of its own, so contexts stay as isolated as they
 * are with their in-memory H2 databases. The same migrations, repository and full-stack tests then run on both.
 */
class PostgresTestDatabase implements ContextCustomizerFactory {

    static final String URL = "ARTICLE_FACTS_TEST_POSTGRES_URL";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        String url = System.getenv(URL);
        return url == null || url.isBlank() ? null : new SchemaPerContext(url);
    }

    private record SchemaPerContext(String url) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
            String separator = url.contains("?") ? "&" : "?";
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-test", Map.of(
                    "spring.datasource.url", url + separator + "currentSchema=" + schema,
                    "spring.datasource.username", env("ARTICLE_FACTS_TEST_POSTGRES_USER", "articlefacts"),
                    "spring.datasource.password", env("ARTICLE_FACTS_TEST_POSTGRES_PASSWORD", "articlefacts"),
                    "spring.flyway.schemas", schema,
                    "spring.flyway.default-schema", schema,
                    "spring.jpa.properties.hibernate.default_schema", schema,
                    "spring.test.database.replace", "none")));
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null ? fallback : value;
        }
    }
}
