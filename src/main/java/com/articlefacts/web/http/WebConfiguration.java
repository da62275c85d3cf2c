package com.articlefacts.web.http;

import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

import com.articlefacts.ingest.SeedProgress;

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
     * Browsers on the read origins may read, revalidating with their own If-None-Match; only the write origins
     * (none by default) may also write, sending the key, a body and If-Match. A preflight for a write is judged by
     * the write rules, so a read-only origin's write is refused before it is sent. The OpenAPI description and the
     * problem types may be read from the read origins too. Spring Security's CORS filter
     * applies it to every request, and the caching filter to the responses it serves itself.
     */
    @Bean
    CorsConfigurationSource corsConfigurationSource() {
        CorsConfiguration reads = new CorsConfiguration();
        reads.setAllowedOrigins(properties.corsAllowedOrigins());
        reads.setAllowedMethods(List.of("GET", "HEAD"));
        // a frontend revalidates with its own If-None-Match, and asks for the CSV export by Accept
        reads.setAllowedHeaders(READ_HEADERS);
        reads.setExposedHeaders(EXPOSED_HEADERS);
        reads.setMaxAge(3600L);
        CorsConfiguration writes = new CorsConfiguration(reads);
        writes.setAllowedOrigins(properties.corsWriteOrigins());
        writes.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "DELETE"));
        writes.setAllowedHeaders(Stream.concat(READ_HEADERS.stream(), Stream.of(HttpHeaders.CONTENT_TYPE,
                HttpHeaders.IF_MATCH, SecurityConfiguration.API_KEY_HEADER)).toList());
        PathPatternParser parser = PathPatternParser.defaultInstance;
        PathPattern api = parser.parse("/api/**");
        // the description and the problem types are read too: a Swagger UI or Redoc on another origin loads the
        // one, a browser app follows a problem's type to the other
        List<PathPattern> documents = List.of(parser.parse("/v3/api-docs/**"), parser.parse("/problems/**"));
        return request -> {
            PathContainer path = PathContainer.parsePath(request.getRequestURI());
            if (api.matches(path)) {
                return isWrite(request) ? writes : reads;
            }
            return documents.stream().anyMatch(document -> document.matches(path)) ? reads : null;
        };
    }

    private static final List<String> READ_HEADERS = List.of(HttpHeaders.IF_NONE_MATCH, HttpHeaders.IF_MODIFIED_SINCE,
            HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.CONTENT_LANGUAGE);

    private static final List<String> EXPOSED_HEADERS = List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.LINK,
            HttpHeaders.RETRY_AFTER, OffsetUnit.HEADER, CacheHeader.NAME, RequestIdFilter.HEADER,
            WriteRateLimitFilter.RATE_LIMIT_LIMIT,
            WriteRateLimitFilter.RATE_LIMIT_REMAINING, WriteRateLimitFilter.RATE_LIMIT_RESET);

    /** A write, or the preflight of one. */
    private static boolean isWrite(HttpServletRequest request) {
        String method = request.getMethod();
        if (HttpMethod.OPTIONS.matches(method)) {
            String asked = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
            return asked != null && !HttpMethod.GET.matches(asked) && !HttpMethod.HEAD.matches(asked);
        }
        return !HttpMethod.GET.matches(method) && !HttpMethod.HEAD.matches(method);
    }

    @Bean
    ProblemCorsProcessor corsProcessor(JsonMapper json) {
        return new ProblemCorsProcessor(json);
    }

    /** The CORS filter Spring Security runs (it looks for this bean name); not registered a second time. */
    @Bean
    CorsFilter corsFilter(CorsConfigurationSource corsConfigurationSource, ProblemCorsProcessor processor) {
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

    /** First of all, so that every answer, a refusal of the gates after it too, carries its id. */
    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** First of the gates: until the seeds are in, the API answers 503 problems. */
    @Bean
    FilterRegistrationBean<StartupGateFilter> startupGateFilter(ObjectProvider<SeedProgress> progress,
            CorsConfigurationSource corsConfigurationSource, ProblemCorsProcessor corsProcessor, JsonMapper json) {
        FilterRegistrationBean<StartupGateFilter> registration = new FilterRegistrationBean<>(
                new StartupGateFilter(progress, corsConfigurationSource, corsProcessor, json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(WriteAccessProperties writes,
            JsonMapper json) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(writes.maxArticleSize().toBytes(), writes.bodyReadTimeout(), json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }

    @Bean
    OpenAPI articleFactsOpenApi() {
        return new OpenAPI().info(new Info()
                .title("article-facts")
                .description("News articles and the facts in them. Offsets are UTF-16 code units into the article's"
                        + " text, as JavaScript's String.slice counts, unless a span endpoint's offsets parameter asks"
                        + " for code points or UTF-8 bytes (the response's offsets member and Offset-Unit header say"
                        + " which); a span's text is always the words themselves. Reads are public; writes need the"
                        + " API key in X-API-Key. Every error is application/problem+json (RFC 9457). While the"
                        + " service loads its seed articles, the API answers 503 with Retry-After.")
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
