package com.articlefacts.web.read;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.json.JsonMapper;

import io.micrometer.observation.ObservationRegistry;

import com.articlefacts.web.http.ProblemCorsProcessor;
import com.articlefacts.web.http.WebProperties;

/**
 * The read path's beans: the response cache, its filter, and on PostgreSQL the notifications that keep it fresh. A
 * part of the MVC configuration (hence the configurer), so that controller slices serve reads as the service does.
 */
@Configuration(proxyBeanMethods = false)
class ReadConfiguration implements WebMvcConfigurer {

    private final WebProperties properties;

    ReadConfiguration(WebProperties properties) {
        this.properties = properties;
    }

    @Bean
    ResponseCache responseCache() {
        return new ResponseCache(properties.responseCacheBytes(), properties.responseCacheTtl());
    }

    /** On PostgreSQL, which several instances may share, every instance hears of every write. */
    @Bean
    @Conditional(OnPostgres.class)
    ChangeNotifications changeNotifications(ObjectProvider<DataSource> dataSource, ObjectProvider<JdbcClient> jdbc,
            ResponseCache responseCache) {
        return new ChangeNotifications(dataSource, jdbc, responseCache);
    }

    static final class OnPostgres implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return context.getEnvironment().getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
        }
    }

    /** First of the filters that answer, so a cached or stored read skips security, observation and MVC altogether. */
    @Bean
    FilterRegistrationBean<HttpCachingFilter> httpCachingFilter(ResponseCache responseCache,
            ObjectProvider<Representations> representations, CorsConfigurationSource corsConfigurationSource,
            ProblemCorsProcessor corsProcessor, JsonMapper json) {
        FilterRegistrationBean<HttpCachingFilter> registration = new FilterRegistrationBean<>(new HttpCachingFilter(
                properties.gzipMinBytes(), responseCache, representations, corsConfigurationSource, corsProcessor,
                json));
        registration.addUrlPatterns("/api/*", "/v3/api-docs", "/v3/api-docs/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    /**
     * Boot's request observation (the {@code http.server.requests} metrics), moved behind the caching filter, where
     * Boot's own registration (order {@code HIGHEST_PRECEDENCE + 1}) put it in front: it cost a tenth of the hot
     * article's rate. What memory and the stored representations answer is not observed; what MVC renders is.
     */
    @Bean
    FilterRegistrationBean<ServerHttpObservationFilter> requestObservationFilter(
            ObjectProvider<ObservationRegistry> registry) {
        FilterRegistrationBean<ServerHttpObservationFilter> registration = new FilterRegistrationBean<>(
                new ServerHttpObservationFilter(registry.getIfAvailable(() -> ObservationRegistry.NOOP)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 4);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        return registration;
    }
}
