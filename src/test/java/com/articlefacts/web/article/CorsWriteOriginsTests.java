package com.articlefacts.web.article;

import com.articlefacts.web.http.SecurityConfiguration;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** An origin configured to write may send the key, a body and If-Match; other origins may still only read. */
@Import(SecurityConfiguration.class)
@WebMvcTest(controllers = ArticleController.class, properties = "article-facts.web.cors-write-origins=https://editor.example")
class CorsWriteOriginsTests {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ArticleViews views;

    @Test
    void aWriteOriginMayPreflightAWriteWithTheKeyABodyAndIfMatch() throws Exception {
        mvc.perform(options("/api/articles/1").header(HttpHeaders.ORIGIN, "https://editor.example")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "PUT")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type, x-api-key, if-match"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://editor.example"))
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, containsStringIgnoringCase("PUT")))
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
                        containsStringIgnoringCase("x-api-key")));
    }

    @Test
    void anotherOriginsWriteIsRefusedWithAProblemButItMayStillRead() throws Exception {
        mvc.perform(options("/api/articles").header(HttpHeaders.ORIGIN, "https://app.example")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(options("/api/articles").header(HttpHeaders.ORIGIN, "https://app.example")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "if-none-match"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                        containsStringIgnoringCase("retry-after")));
    }
}
