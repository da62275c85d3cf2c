package com.articlefacts.web.http;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The paged lists: their bounds (far beyond any stored data, and small enough that offsets never overflow) and the
 * links between their pages.
 */
public final class Paging {

    public static final int MAX_PAGE = 1_000_000;
    public static final int MAX_SIZE = 100;
    public static final String PAGE = "Page number, from 0 to 1,000,000";
    public static final String SIZE = "Page size, 1 to 100";

    private Paging() {
    }

    /**
     * The page, with a Link header (RFC 8288) to the first, previous, next and last pages of the same request:
     * path-relative references, the request's parameters kept and only its page changed.
     */
    public static <T> ResponseEntity<PagedModel<T>> linked(PagedModel<T> page) {
        return ResponseEntity.ok().header(HttpHeaders.LINK, links(page.getMetadata())).body(page);
    }

    public static String links(PagedModel.@Nullable PageMetadata metadata) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        long number = metadata == null ? 0 : metadata.number();
        long last = metadata == null ? 0 : Math.max(0, metadata.totalPages() - 1);
        List<String> links = new ArrayList<>();
        links.add(link(request, 0, "first"));
        if (number > 0) {
            links.add(link(request, Math.min(number - 1, last), "prev"));
        }
        if (number < last) {
            links.add(link(request, number + 1, "next"));
        }
        links.add(link(request, last, "last"));
        return String.join(", ", links);
    }

    private static String link(HttpServletRequest request, long page, String relation) {
        String target = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("page", page).build().toUriString();
        return "<" + target + ">; rel=\"" + relation + "\"";
    }
}
