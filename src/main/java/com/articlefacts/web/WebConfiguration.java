package com.articlefacts.web;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/** The HTTP plumbing around the controllers; a WebMvcConfigurer so that @WebMvcTest slices include it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({WebProperties.class, WriteAccessProperties.class})
class WebConfiguration implements WebMvcConfigurer {

    private final WebProperties properties;

    WebConfiguration(WebProperties properties) {
        this.properties = properties;
    }

    /**
     * Browsers on the configured origins may read, revalidating with If-None-Match; no origin may write through
     * CORS. Spring Security's CORS filter
     * applies it to every request, and the caching filter to the responses it serves itself.
     */
    @Bean
    UrlBasedCorsConfigurationSource corsConfigurationSource() {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.corsAllowedOrigins());
        cors.setAllowedMethods(List.of("GET", "HEAD"));
        // a frontend revalidates with its own If-None-Match, and asks for the CSV export by Accept
        cors.setAllowedHeaders(List.of(HttpHeaders.IF_NONE_MATCH, HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE,
                HttpHeaders.CONTENT_LANGUAGE));
        cors.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, OffsetUnit.HEADER,
                HttpCachingFilter.X_CACHE));
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }

    @Bean
    ProblemCorsProcessor corsProcessor(JsonMapper json) {
        return new ProblemCorsProcessor(json);
    }

    /** The CORS filter Spring Security runs (it looks for this bean name); not registered a second time. */
    @Bean
    CorsFilter corsFilter(UrlBasedCorsConfigurationSource corsConfigurationSource, ProblemCorsProcessor processor) {
        CorsFilter filter = new CorsFilter(corsConfigurationSource);
        filter.setCorsProcessor(processor);
        return filter;
    }

    @Bean
    FilterRegistrationBean<CorsFilter> corsFilterRegistration(CorsFilter corsFilter) {
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(corsFilter);
        registration.setEnabled(false);
        return registration;
    }

    /** Duplicate keys in a JSON body are an error, not a silent choice of the last one. */
    @Bean
    JsonMapperBuilderCustomizer strictDuplicateKeys() {
        return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    @Bean
    ResponseCache responseCache() {
        return new ResponseCache(properties.responseCacheSize().toBytes(), properties.responseCacheTtl());
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

    /** First of all filters, so a cached or stored read skips security, observation and MVC altogether. */
    @Bean
    FilterRegistrationBean<HttpCachingFilter> httpCachingFilter(ResponseCache responseCache,
            ObjectProvider<Representations> representations, UrlBasedCorsConfigurationSource corsConfigurationSource,
            ProblemCorsProcessor corsProcessor, JsonMapper json) {
        FilterRegistrationBean<HttpCachingFilter> registration = new FilterRegistrationBean<>(new HttpCachingFilter(
                properties.gzipMinBytes(), responseCache, representations, corsConfigurationSource, corsProcessor,
                json));
        registration.addUrlPatterns("/api/*", "/v3/api-docs", "/v3/api-docs/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(WriteAccessProperties writes,
            JsonMapper json) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(writes.maxArticleSize().toBytes(), writes.bodyReadTimeout(), json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    OpenAPI articleFactsOpenApi() {
        return new OpenAPI().info(new Info()
                .title("article-facts")
                .description("News articles and the facts in them. Every offset is a UTF-16 code unit into the"
                        + " article's text, as JavaScript's String.slice counts; every error is"
                        + " application/problem+json (RFC 9457).")
                .version("v1")
                .license(new License().name("GPL-3.0-or-later").url("https://www.gnu.org/licenses/gpl-3.0.html")))
                // Relative, never the request's Host: a client-chosen Host must not reach the next reader's UI.
                .servers(List.of(new Server().url("/").description("This service")))
                .components(new Components().addSecuritySchemes("apiKey", new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER)
                        .name(SecurityConfiguration.API_KEY_HEADER)
                        .description("The key set by ARTICLE_FACTS_API_KEY; every write needs it")));
    }
}
