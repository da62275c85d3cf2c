package com.articlefacts.web.entity;

import com.articlefacts.web.article.ArticleController;
import com.articlefacts.web.http.InvalidParameterException;
import com.articlefacts.web.http.OffsetUnit;
import com.articlefacts.web.http.Paging;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.articlefacts.extraction.EntityType;
import com.articlefacts.web.entity.EntityResponses.ArticleEntities;
import com.articlefacts.web.entity.EntityResponses.EntityDetail;
import com.articlefacts.web.entity.EntityResponses.EntitySummary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = EntityController.TAG, description = "People, organisations and places the articles mention, linked to"
        + " canonical names")
public class EntityController {

    public static final String TAG = "Entities";

    private static final String TYPE_DESCRIPTION = "Only entities of this type: PERSON, ORGANIZATION, COUNTRY,"
            + " STATE_OR_PROVINCE, CITY, LOCATION or FACILITY";

    private final EntityViews views;

    EntityController(EntityViews views) {
        this.views = views;
    }

    @GetMapping(path = "/api/articles/{idOrSlug}/entities", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listArticleEntities",
            summary = "The article's entities in order of first mention, each with every mention",
            description = "Each entity with its canonical name, type, Wikipedia title, coordinates for places, the state"
                    + " it is part of for a state's institution, and every mention's offsets and text.")
    ResponseEntity<ArticleEntities> ofArticle(
            @Parameter(description = ArticleController.ID_OR_SLUG) @PathVariable String idOrSlug,
            @Parameter(description = TYPE_DESCRIPTION, schema = @Schema(implementation = EntityType.class))
            @RequestParam(required = false) @Nullable String type,
            @Parameter(description = OffsetUnit.DESCRIPTION) @RequestParam(required = false) @Nullable String offsets) {
        OffsetUnit unit = OffsetUnit.parse(offsets);
        return unit.respond(views.ofArticle(idOrSlug, parseType(type), unit));
    }

    @GetMapping(path = "/api/entities", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "searchEntities",
            summary = "A page of entities across all articles, by name, alias or spelling variant",
            description = "q matches names and aliases whatever their case, accents and transliteration; type narrows"
                    + " to one entity type. Each entity says in how many articles it is mentioned.")
    ResponseEntity<PagedModel<EntitySummary>> search(
            @Parameter(description = "Name, alias or spelling (Hasakah finds Hassakeh)") @RequestParam(required = false)
            @Nullable String q,
            @Parameter(description = TYPE_DESCRIPTION, schema = @Schema(implementation = EntityType.class))
            @RequestParam(required = false) @Nullable String type,
            @Parameter(description = "name (the default: by label) or -name",
                    schema = @Schema(allowableValues = {"name", "-name"}))
            @RequestParam(required = false) @Nullable String sort,
            @Parameter(description = Paging.PAGE) @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE)
            int page,
            @Parameter(description = Paging.SIZE) @RequestParam(defaultValue = "20") @Min(1) @Max(Paging.MAX_SIZE)
            int size) {
        return Paging.linked(views.search(q, parseType(type),
                PageRequest.of(page, size, EntityViews.ORDERS.parse(sort))));
    }

    @GetMapping(path = "/api/entities/{key}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getEntity", summary = "One entity: its aliases and, per article, how often it is mentioned",
            description = "The key is the one every fact uses (an event's actor, an attribution's source); the newest"
                    + " fifty articles that mention it are listed with the path of their entities.")
    EntityDetail entity(@Parameter(description = "The entity's key, such as ypg or al-hasakah") @PathVariable String key) {
        return views.entity(key);
    }

    static @Nullable EntityType parseType(@Nullable String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return EntityType.parse(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("type", type, "one of " + Arrays.stream(EntityType.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
