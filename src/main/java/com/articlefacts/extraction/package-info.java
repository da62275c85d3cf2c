/**
 * The extraction pipeline: an immutable {@link com.articlefacts.extraction.Document} passed through small stages
 * that each add a layer (sentences and tokens, names, knowledge-base links, descriptors, short forms). No JPA, no
 * HTTP.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package com.articlefacts.extraction;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
