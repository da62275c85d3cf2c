package com.articlefacts.web.entity;

import com.articlefacts.web.read.CachedReads;
import java.util.Arrays;

/** If-Match as RFC 9110 defines it: "*" or a list of strong tags, compared strongly. */
public final class EntityTags {

    private EntityTags() {
    }

    /** Our gzip representation has its own tag; either names the same stored article. */
    public static boolean anyMatchesStrongly(String ifMatch, String tag) {
        return Arrays.stream(ifMatch.split(","))
                .map(String::strip)
                .anyMatch(candidate -> candidate.equals("*") || candidate.equals(CachedReads.quoted(tag))
                        || candidate.equals(CachedReads.quoted(tag + CachedReads.GZIP_TAG_SUFFIX)));
    }
}
