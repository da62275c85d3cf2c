package com.articlefacts.web.article;

import com.articlefacts.web.http.OffsetUnit;
import com.articlefacts.web.http.SecurityConfiguration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.articlefacts.web.article.ParagraphResponse.ArticleParagraph;
import com.articlefacts.web.article.ParagraphResponse.ArticleParagraphs;
import com.articlefacts.article.ArticleNotFoundException;
import com.articlefacts.article.ParagraphNotFoundException;

@Import(SecurityConfiguration.class)
@WebMvcTest(controllers = ArticleController.class, properties = "article-facts.web.response-cache-ttl=0s")
class ArticleControllerTests {

    private static final String TEXT = "Title\n\nFirst paragraph.\n\nSecond paragraph, " + "long ".repeat(300);
    private static final ParagraphResponse FIRST = new ParagraphResponse(1, 7, 23, "First paragraph.");

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ArticleViews views;

    @Test
    void listsSummariesInSpringDataPageFormat() throws Exception {
        ArticleListItem summary = new ArticleListItem(1, "title", "/api/articles/1", "Title", LocalDate.of(2016, 8, 21), 13,
                STORED, STORED);
        given(views.list(ArticleViews.ArticleFilter.NONE, ArticleViews.ORDERS.parse(null), 0, 20)).willReturn(new PagedModel<>(new PageImpl<>(List.of(summary), PageRequest.of(0, 20), 1)));

        mvc.perform(get("/api/articles"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.content[0].slug").value("title"))
                .andExpect(jsonPath("$.content[0].publishedOn").value("2016-08-21"))
                .andExpect(jsonPath("$.content[0].paragraphCount").value(13))
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.page.size").value(20));
    }

    @Test
    void servesOneArticleWithImageSourceAndParagraphs() throws Exception {
        given(views.article("1", OffsetUnit.UTF16)).willReturn(article());

        mvc.perform(get("/api/articles/1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Title"))
                .andExpect(jsonPath("$.readingTimeMinutes").value(2))
                .andExpect(jsonPath("$.image.caption").value("A caption"))
                .andExpect(jsonPath("$.image.credit").value("Getty"))
                .andExpect(jsonPath("$.source.fileName").value("a.txt"))
                .andExpect(jsonPath("$.source.sha256").value("f".repeat(64)))
                .andExpect(jsonPath("$.paragraphs[0].start").value(7))
                .andExpect(jsonPath("$.paragraphs[0].text").value("First paragraph."));
    }

    @Test
    void servesParagraphsAndOneParagraph() throws Exception {
        given(views.paragraphs("title", OffsetUnit.UTF16))
                .willReturn(new ArticleParagraphs(1, "title", "utf16", List.of(FIRST)));
        given(views.paragraph("title", 1, OffsetUnit.UTF16)).willReturn(new ArticleParagraph(1, "title", "utf16",
                FIRST.number(), FIRST.start(), FIRST.end(), FIRST.text()));

        mvc.perform(get("/api/articles/title/paragraphs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slug").value("title"))
                .andExpect(jsonPath("$.offsets").value("utf16"))
                .andExpect(jsonPath("$.paragraphs[0].number").value(1));
        mvc.perform(get("/api/articles/title/paragraphs/1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.end").value(23));
    }

    @Test
    void unknownArticleIsA404Problem() throws Exception {
        given(views.article("nope", OffsetUnit.UTF16)).willThrow(new ArticleNotFoundException("nope"));

        mvc.perform(get("/api/articles/nope"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("No article has the id or slug 'nope'."));
    }

    @Test
    void unknownParagraphIsA404Problem() throws Exception {
        given(views.paragraph("1", 14, OffsetUnit.UTF16)).willThrow(new ParagraphNotFoundException("1", 14, 13));

        mvc.perform(get("/api/articles/1/paragraphs/14"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Article '1' has paragraphs 1 to 13; there is no paragraph 14."));
    }

    @Test
    void malformedPageParametersAre400Problems() throws Exception {
        mvc.perform(get("/api/articles").param("page", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/problems/invalid-parameter")))
                .andExpect(jsonPath("$.parameter").value("page"))
                .andExpect(jsonPath("$.detail").value("'page' must be a whole number (was 'abc')"));
        mvc.perform(get("/api/articles").param("size", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("'size' must be greater than or equal to 1 (was 0)"));
        mvc.perform(get("/api/articles").param("page", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("'page' must be greater than or equal to 0 (was -1)"));
        mvc.perform(get("/api/articles").param("size", "101"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("'size' must be less than or equal to 100 (was 101)"));
    }

    @Test
    void nonNumericParagraphNumberIsA400Problem() throws Exception {
        mvc.perform(get("/api/articles/1/paragraphs/first"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("number"))
                .andExpect(jsonPath("$.detail").value("'number' must be a whole number (was 'first')"));
    }

    @Test
    void unsupportedAcceptIsA406Problem() throws Exception {
        given(views.article("1", OffsetUnit.UTF16)).willReturn(article());

        mvc.perform(get("/api/articles/1").accept(MediaType.APPLICATION_XML))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(406));
    }

    @Test
    void unexpectedFailureIsA500ProblemWithoutInternals() throws Exception {
        given(views.article(anyString(), any())).willThrow(new IllegalStateException("secret table name"));

        MvcResult result = mvc.perform(get("/api/articles/1"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn();
        assertThat(result.getResponse().getContentAsString()).doesNotContain("secret", "Exception", "at com.");
    }

    @Test
    void conditionalGetWithTheStrongEtagIsA304() throws Exception {
        given(views.article("1", OffsetUnit.UTF16)).willReturn(article());

        String etag = mvc.perform(get("/api/articles/1"))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache"))
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);

        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        mvc.perform(get("/api/articles/1").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string(HttpHeaders.ETAG, etag))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache"))
                .andExpect(header().string(HttpHeaders.VARY, org.hamcrest.Matchers.containsString("Accept-Encoding")))
                .andExpect(content().bytes(new byte[0]));
        mvc.perform(get("/api/articles/1").header(HttpHeaders.IF_NONE_MATCH, "\"something-else\""))
                .andExpect(status().isOk());
    }

    @Test
    void gzipsLargeBodiesForClientsThatAcceptIt() throws Exception {
        given(views.article("1", OffsetUnit.UTF16)).willReturn(article());

        MvcResult plain = mvc.perform(get("/api/articles/1")).andReturn();
        MvcResult zipped = mvc.perform(get("/api/articles/1").header(HttpHeaders.ACCEPT_ENCODING, "gzip, br"))
                .andExpect(header().string(HttpHeaders.CONTENT_ENCODING, "gzip"))
                .andExpect(header().string(HttpHeaders.VARY, org.hamcrest.Matchers.containsString("Accept-Encoding")))
                .andReturn();

        assertThat(gunzip(zipped.getResponse().getContentAsByteArray()))
                .isEqualTo(plain.getResponse().getContentAsString());
        assertThat(zipped.getResponse().getHeader(HttpHeaders.ETAG))
                .isNotEqualTo(plain.getResponse().getHeader(HttpHeaders.ETAG));
        mvc.perform(get("/api/articles/1").header(HttpHeaders.IF_NONE_MATCH, zipped.getResponse().getHeader("ETag")))
                .andExpect(status().isNotModified());
    }

    @Test
    void anyOriginMayReadButNotWrite() throws Exception {
        given(views.paragraphs("1", OffsetUnit.UTF16))
                .willReturn(new ArticleParagraphs(1, "title", "utf16", List.of(FIRST)));

        mvc.perform(get("/api/articles/1/paragraphs").header(HttpHeaders.ORIGIN, "https://app.example"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"));
        mvc.perform(options("/api/articles").header(HttpHeaders.ORIGIN, "https://app.example")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "DELETE"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBrowserMayRevalidateWithItsOwnIfNoneMatchAndAskForCsv() throws Exception {
        mvc.perform(options("/api/articles/1").header(HttpHeaders.ORIGIN, "https://app.example")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "if-none-match, accept"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
                        org.hamcrest.Matchers.containsStringIgnoringCase("if-none-match")));
    }

    private static final Instant STORED = Instant.parse("2026-12-07T10:00:00Z");

    private static ArticleResponse article() {
        return new ArticleResponse(1, "title", "/api/articles/1", "Title", null, LocalDate.of(2016, 8, 21), 2,
                new ArticleResponse.Image("A caption", "Getty"), new ArticleResponse.Source("a.txt", "f".repeat(64)),
                STORED, STORED, TEXT, "utf16", List.of(FIRST));
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
