/**
 * The HTTP API, by feature: {@code article}, {@code entity} and {@code fact} (the controller, views and response
 * records of each), {@code read} (how reads are served: stored representations and the response cache) and
 * {@code http} (what every endpoint shares). Web uses the floors below it (article, fact, extraction's types, and
 * ingest for writes); nothing below uses web.
 */
@ApplicationModule(allowedDependencies = {"article", "fact", "extraction", "ingest"})
@NullMarked
package com.articlefacts.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
