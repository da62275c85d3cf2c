package com.articlefacts.web.http;

/**
 * Where an answer came from, as caching proxies say it: {@code hit} (memory), {@code stored} (the stored
 * representation) or {@code rendered}. Set by the read model; named here, where CORS exposes it to browsers.
 */
public final class CacheHeader {

    public static final String NAME = "X-Cache";

    private CacheHeader() {
    }
}
