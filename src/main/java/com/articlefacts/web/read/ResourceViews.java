package com.articlefacts.web.read;

import com.articlefacts.web.read.Representations.Resource;
import java.util.Set;

/**
 * How the read model gets the bodies it stores without knowing the features that answer them: each feature of the
 * web layer renders its own resources of an article, the response record its endpoint answers with UTF-16 offsets.
 */
public interface ResourceViews {

    /** The resources of an article this feature answers. */
    Set<Resource> resources();

    /** The response record of one of {@link #resources()} for the article named by id or slug. */
    Object render(String idOrSlug, Resource resource);
}
