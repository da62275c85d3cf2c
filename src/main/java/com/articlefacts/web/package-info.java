/** The HTTP API: controllers, response records, problem details, caching headers, CORS and OpenAPI. */
@ApplicationModule(allowedDependencies = {"article", "fact", "extraction", "ingest"})
@NullMarked
package com.articlefacts.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
