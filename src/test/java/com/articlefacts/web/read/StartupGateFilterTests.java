package com.articlefacts.web.read;

import com.articlefacts.web.http.ProblemCorsProcessor;
import com.articlefacts.web.http.StartupGateFilter;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.cors.CorsConfiguration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.articlefacts.ingest.SeedProgress;

class StartupGateFilterTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void beforeTheSeedsAreInTheApiSaysItIsStartingWithRetryAfterAndCorsHeaders() throws Exception {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("seedProgress", new SeedProgress());
        CorsConfiguration cors = new CorsConfiguration();
        cors.addAllowedOrigin("*");
        cors.addAllowedMethod("GET");
        StartupGateFilter filter = new StartupGateFilter(beans.getBeanProvider(SeedProgress.class),
                request -> cors, new ProblemCorsProcessor(json), json);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/articles");
        request.addHeader(HttpHeaders.ORIGIN, "https://app.example");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(response.getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isEqualTo("*");
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.get("type").asString()).isEqualTo("/problems/starting");
        assertThat(problem.get("detail").asString()).contains("starting");
    }

    @Test
    void withoutASeedLoaderTheGateIsOpen() throws Exception {
        StartupGateFilter filter = new StartupGateFilter(new StaticListableBeanFactory()
                .getBeanProvider(SeedProgress.class), request -> null, new ProblemCorsProcessor(json), json);
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(new MockHttpServletRequest("GET", "/api/articles"), new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
    }
}
