package com.articlefacts.web.entity;

import com.articlefacts.web.http.OffsetUnit;
import com.articlefacts.web.http.SecurityConfiguration;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.articlefacts.article.ArticleNotFoundException;
import com.articlefacts.extraction.Coordinates;
import com.articlefacts.extraction.EntityType;
import com.articlefacts.web.entity.EntityResponses.ArticleEntities;
import com.articlefacts.web.entity.EntityResponses.ArticleEntity;
import com.articlefacts.web.entity.EntityResponses.EntityArticle;
import com.articlefacts.web.entity.EntityResponses.EntityDetail;
import com.articlefacts.web.entity.EntityResponses.EntitySummary;
import com.articlefacts.web.entity.EntityResponses.MentionResponse;

@Import(SecurityConfiguration.class)
@WebMvcTest(controllers = EntityController.class, properties = "article-facts.web.response-cache-ttl=0s")
class EntityControllerTests {

    private static final ArticleEntity YPG = new ArticleEntity("ypg", "/api/entities/ypg", "YPG", "People's Protection Units",
            EntityType.ORGANIZATION, "People's Defense Units",
            "https://en.wikipedia.org/wiki/People's_Defense_Units", null, null, 1,
            List.of(new MentionResponse(10, 26, "Kurdish fighters", 1, 3, true)));

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private EntityViews views;

    @Test
    void servesAnArticlesEntitiesWithTheirMentionsAndOffsetUnit() throws Exception {
        given(views.ofArticle("1", null, OffsetUnit.UTF16))
                .willReturn(new ArticleEntities(1, "slug", "utf16", List.of(YPG)));

        mvc.perform(get("/api/articles/1/entities"))
                .andExpect(status().isOk())
                .andExpect(header().string("Offset-Unit", "utf16"))
                .andExpect(jsonPath("$.offsets").value("utf16"))
                .andExpect(jsonPath("$.entities[0].key").value("ypg"))
                .andExpect(jsonPath("$.entities[0].label").value("YPG"))
                .andExpect(jsonPath("$.entities[0].type").value("ORGANIZATION"))
                .andExpect(jsonPath("$.entities[0].wikipedia").value("People's Defense Units"))
                .andExpect(jsonPath("$.entities[0].mentionCount").value(1))
                .andExpect(jsonPath("$.entities[0].mentions[0].text").value("Kurdish fighters"))
                .andExpect(jsonPath("$.entities[0].mentions[0].nominal").value(true))
                .andExpect(jsonPath("$.entities[0].mentions[0].paragraph").value(1))
                .andExpect(jsonPath("$.entities[0].mentions[0].sentence").value(3));
    }

    @Test
    void filtersByTypeInAnyCaseAndAnswersInTheAskedUnit() throws Exception {
        given(views.ofArticle("1", EntityType.PERSON, OffsetUnit.CODEPOINTS))
                .willReturn(new ArticleEntities(1, "slug", "codepoints", List.of()));

        mvc.perform(get("/api/articles/1/entities").param("type", "person").param("offsets", "codepoints"))
                .andExpect(status().isOk())
                .andExpect(header().string("Offset-Unit", "codepoints"))
                .andExpect(jsonPath("$.offsets").value("codepoints"));
    }

    @Test
    void unknownTypeOrOffsetUnitIsA400Problem() throws Exception {
        mvc.perform(get("/api/articles/1/entities").param("type", "weapon"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("'type' must be one of PERSON")));
        mvc.perform(get("/api/entities").param("type", "weapon"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/articles/1/entities").param("offsets", "bytes"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void unknownArticleIsA404Problem() throws Exception {
        given(views.ofArticle(eq("99"), any(), any())).willThrow(new ArticleNotFoundException("99"));

        mvc.perform(get("/api/articles/99/entities"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void searchesEntitiesInPages() throws Exception {
        EntitySummary hasakah = new EntitySummary("al-hasakah", "/api/entities/al-hasakah", "Al-Hasakah", "Al-Hasakah", EntityType.CITY,
                "Al-Hasakah", "https://en.wikipedia.org/wiki/Al-Hasakah", new Coordinates(36.5, 40.75), null, 1, 4);
        given(views.search(eq("hasakah"), isNull(), eq(PageRequest.of(0, 20, EntityViews.ORDERS.parse("-name")))))
                .willReturn(new PagedModel<>(new PageImpl<>(List.of(hasakah), PageRequest.of(0, 20), 1)));

        mvc.perform(get("/api/entities").param("q", "hasakah").param("sort", "-name"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].key").value("al-hasakah"))
                .andExpect(jsonPath("$.content[0].mentionCount").value(4))
                .andExpect(jsonPath("$.content[0].coordinates.latitude").value(36.5))
                .andExpect(jsonPath("$.content[0].coordinates.longitude").value(40.75))
                .andExpect(jsonPath("$.page.totalElements").value(1));
    }

    @Test
    void servesOneEntityWithAliasesAndArticles() throws Exception {
        given(views.entity("ypg")).willReturn(new EntityDetail("ypg", "/api/entities/ypg", "YPG", "People's Protection Units",
                EntityType.ORGANIZATION, "People's Defense Units", null, null, null,
                List.of("YPG", "Kurdish People's Protection Units"), 1,
                List.of(new EntityArticle(1, "slug", "/api/articles/1", "Title", 7, "/api/articles/1/entities"))));

        mvc.perform(get("/api/entities/ypg"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.aliases[1]").value("Kurdish People's Protection Units"))
                .andExpect(jsonPath("$.articles[0].mentionCount").value(7))
                .andExpect(jsonPath("$.articles[0].entities").value("/api/articles/1/entities"));
    }

    @Test
    void aStatesInstitutionNamesTheStateItIsPartOf() throws Exception {
        given(views.entity("sudan-armed-forces")).willReturn(new EntityDetail("sudan-armed-forces", "/api/entities/sudan-armed-forces",
                "Sudan's armed forces", "Sudan's armed forces", EntityType.ORGANIZATION, null, null, null, "sudan",
                List.of("Sudan's armed forces"), 1, List.of()));

        mvc.perform(get("/api/entities/sudan-armed-forces"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.partOf").value("sudan"))
                .andExpect(jsonPath("$.type").value("ORGANIZATION"));
    }

    @Test
    void unknownEntityKeyIsA404Problem() throws Exception {
        given(views.entity("nope")).willThrow(new EntityNotFoundException("nope"));

        mvc.perform(get("/api/entities/nope"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("No entity has the key 'nope'."));
    }
}
