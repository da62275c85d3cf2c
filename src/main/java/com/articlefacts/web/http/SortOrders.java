package com.articlefacts.web.http;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;

/**
 * The orders a list offers through its {@code sort} parameter, by name: a field ascending, the same with a leading
 * {@code -} descending (as GitHub, Stripe and JSON:API write it). Each order ends on a unique field, so that pages
 * never share or skip a row.
 */
public final class SortOrders {

    static final String PARAMETER = "sort";

    private final String fallback;
    private final Map<String, Sort> byName = new LinkedHashMap<>();

    private SortOrders(String fallback) {
        this.fallback = fallback;
    }

    /** No orders yet, and the name of the one an absent parameter means. */
    public static SortOrders of(String fallback) {
        return new SortOrders(fallback);
    }

    /** Offers {@code name} and {@code -name}: by {@code field}, nulls last, then by the unique {@code tieBreak}. */
    public SortOrders by(String name, String field, String tieBreak) {
        byName.put(name, order(Sort.Direction.ASC, field, tieBreak));
        byName.put("-" + name, order(Sort.Direction.DESC, field, tieBreak));
        return this;
    }

    private static Sort order(Sort.Direction direction, String field, String tieBreak) {
        Sort sort = Sort.by(new Sort.Order(direction, field).nullsLast());
        return field.equals(tieBreak) ? sort : sort.and(Sort.by(new Sort.Order(direction, tieBreak)));
    }

    /** The names the parameter takes, for the description. */
    String names() {
        return String.join(", ", byName.keySet());
    }

    /** The order a sort parameter names; absent or blank, the list's default. */
    public Sort parse(@Nullable String value) {
        String name = value == null || value.isBlank() ? fallback : value.trim();
        Sort sort = byName.get(name);
        if (sort == null) {
            throw new InvalidParameterException(PARAMETER, String.valueOf(value),
                    "one of " + names());
        }
        return sort;
    }
}
