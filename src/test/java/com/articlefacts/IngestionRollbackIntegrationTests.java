package com.articlefacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.util.AopTestUtils;

import com.articlefacts.article.ArticleRepository;
import com.articlefacts.fact.FactStore;

/** A failure while the facts are written rolls the whole article back: nothing half-stored is ever served. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "article-facts.api-key=test-key")
class IngestionRollbackIntegrationTests {

    @LocalServerPort
    private int port;

    @MockitoSpyBean
    private FactStore facts;

    @Autowired
    private ArticleRepository articles;

    @Test
    void aFailureWhileStoringFactsStoresNoArticle() throws Exception {
        long before = articles.count();
        // Stub the spy behind the transactional proxy: the proxy would demand a transaction of the stubbing call.
        FactStore spy = AopTestUtils.getUltimateTargetObject(facts);
        doThrow(new IllegalStateException("the disk is full")).when(spy)
                .replace(anyLong(), anyString(), any(), any(), any());
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/articles"))
                .header("Content-Type", "text/plain").header("X-API-Key", "test-key")
                .POST(HttpRequest.BodyPublishers.ofString("Fighting near Aleppo\n\nRebels attacked Aleppo.\n")).build();

        HttpResponse<String> response = ContractCheckedHttpClient.create().send(post, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain("disk");
        assertThat(articles.count()).isEqualTo(before);
        assertThat(articles.findAll()).noneMatch(article -> article.title().equals("Fighting near Aleppo"));
    }
}
