/** Stored facts of articles: entities shared across articles by key, and each article's mentions of them. */
@ApplicationModule(allowedDependencies = {"article", "extraction"})
@NullMarked
package com.articlefacts.fact;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
