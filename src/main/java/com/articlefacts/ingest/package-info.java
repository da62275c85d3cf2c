/** Loads article files into the store: at startup from the seed directory, idempotently by content hash. */
@ApplicationModule(allowedDependencies = {"article", "extraction", "fact"})
@NullMarked
package com.articlefacts.ingest;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
