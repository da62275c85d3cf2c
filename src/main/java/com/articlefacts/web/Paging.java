package com.articlefacts.web;

/** The bounds of the paged lists: far beyond any stored data, and small enough that offsets never overflow. */
final class Paging {

    static final int MAX_PAGE = 1_000_000;
    static final int MAX_SIZE = 100;
    static final String PAGE = "Page number, from 0 to 1,000,000";
    static final String SIZE = "Page size, 1 to 100";

    private Paging() {
    }
}
