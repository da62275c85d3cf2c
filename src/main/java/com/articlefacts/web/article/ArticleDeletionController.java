package com.articlefacts.web.article;

import com.articlefacts.web.http.Paging;
import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The deleted articles, for a client that keeps a copy in sync by time. */
@RestController
@Tag(name = "Articles")
class ArticleDeletionController {

    private final ArticleViews views;

    ArticleDeletionController(ArticleViews views) {
        this.views = views;
    }

    @GetMapping(path = "/api/deletions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listDeletions", summary = "The articles deleted since an instant, oldest first",
            description = "With listArticles' updatedSince, what a client that keeps a copy needs to stay in sync:"
                    + " poll both with the time of the last poll, add or replace what changed and forget these.")
    ResponseEntity<PagedModel<ArticleViews.DeletionResponse>> list(
            @Parameter(description = "Deleted at or after this instant, ISO 8601 (such as 2026-12-07T10:00:00Z)")
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since,
            @Parameter(description = Paging.PAGE) @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE)
            int page,
            @Parameter(description = Paging.SIZE) @RequestParam(defaultValue = "20") @Min(1) @Max(Paging.MAX_SIZE)
            int size) {
        return Paging.linked(views.deletions(since, page, size));
    }
}
