package com.articlefacts.web.article;

import com.articlefacts.web.http.InvalidParameterException;
import com.articlefacts.web.http.OffsetUnit;
import com.articlefacts.web.http.Paging;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;


import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/articles", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Articles", description = "Stored articles, their text and their body paragraphs")
public class ArticleController {

    public static final String ID_OR_SLUG = "The article's numeric id or its slug";

    private final ArticleViews views;

    ArticleController(ArticleViews views) {
        this.views = views;
    }

    @GetMapping
    @Operation(operationId = "listArticles", summary = "A page of article summaries, in the order asked (by id)",
            description = "Each summary has the id and slug that address the article, its title, publication date and"
                    + " paragraph count; the page says how many articles there are. sort orders by publication date"
                    + " or id (a leading - for descending; articles without a date come last); publishedFrom,"
                    + " publishedTo, q (words of the title) and source narrow the list; updatedSince keeps what changed"
                    + " since a poll (listDeletions says what was deleted).")
    ResponseEntity<PagedModel<ArticleListItem>> list(
            @Parameter(description = "publishedOn, -publishedOn, id (the default) or -id",
                    schema = @Schema(allowableValues = {"publishedOn", "-publishedOn", "id", "-id"}))
            @RequestParam(required = false) @Nullable String sort,
            @Parameter(description = "Earliest publication day, ISO 8601") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate publishedFrom,
            @Parameter(description = "Latest publication day, ISO 8601") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate publishedTo,
            @Parameter(description = "Words the title holds, in any case") @RequestParam(required = false)
            @Nullable String q,
            @Parameter(description = "The source the article was read from, exactly") @RequestParam(required = false)
            @Nullable String source,
            @Parameter(description = "Only articles whose content or facts changed at or after this instant"
                    + " (ISO 8601, such as 2026-12-07T10:00:00Z): poll with the time of the last poll")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable
            Instant updatedSince,
            @Parameter(description = Paging.PAGE) @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE)
            int page,
            @Parameter(description = Paging.SIZE) @RequestParam(defaultValue = "20") @Min(1) @Max(Paging.MAX_SIZE)
            int size) {
        if (publishedFrom != null && publishedTo != null && publishedFrom.isAfter(publishedTo)) {
            throw new InvalidParameterException("publishedFrom", publishedFrom.toString(),
                    "on or before 'publishedTo' (" + publishedTo + ")");
        }
        ArticleViews.ArticleFilter filter = new ArticleViews.ArticleFilter(publishedFrom, publishedTo, blankToNull(q),
                blankToNull(source), updatedSince);
        return Paging.linked(views.list(filter, ArticleViews.ORDERS.parse(sort), page, size));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @GetMapping("/{idOrSlug}")
    @Operation(operationId = "getArticle", summary = "One article with its text and paragraphs",
            description = "The stored text exactly as ingested, with the title, standfirst, image caption and the start"
                    + " and end of every body paragraph in the offset unit asked for. The ETag revalidates it.")
    ResponseEntity<ArticleResponse> article(@Parameter(description = ID_OR_SLUG) @PathVariable String idOrSlug,
            @Parameter(description = OffsetUnit.DESCRIPTION) @RequestParam(required = false) @Nullable String offsets) {
        OffsetUnit unit = OffsetUnit.parse(offsets);
        return unit.respond(views.article(idOrSlug, unit));
    }

    @GetMapping("/{idOrSlug}/paragraphs")
    @Operation(operationId = "listParagraphs", summary = "The article's body paragraphs, numbered from 1",
            description = "Every body paragraph with its number, offsets into the article text and its text.")
    ResponseEntity<ParagraphResponse.ArticleParagraphs> paragraphs(
            @Parameter(description = ID_OR_SLUG) @PathVariable String idOrSlug,
            @Parameter(description = OffsetUnit.DESCRIPTION) @RequestParam(required = false) @Nullable String offsets) {
        OffsetUnit unit = OffsetUnit.parse(offsets);
        return unit.respond(views.paragraphs(idOrSlug, unit));
    }

    @GetMapping("/{idOrSlug}/paragraphs/{number}")
    @Operation(operationId = "getParagraph", summary = "One body paragraph",
            description = "The paragraph of that number, counted from 1; a number beyond the last is a 404 problem.")
    ResponseEntity<ParagraphResponse.ArticleParagraph> paragraph(@Parameter(description = ID_OR_SLUG) @PathVariable String idOrSlug,
            @Parameter(description = "Paragraph number, from 1") @PathVariable int number,
            @Parameter(description = OffsetUnit.DESCRIPTION) @RequestParam(required = false) @Nullable String offsets) {
        OffsetUnit unit = OffsetUnit.parse(offsets);
        return unit.respond(views.paragraph(idOrSlug, number, unit));
    }
}
