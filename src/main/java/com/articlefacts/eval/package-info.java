/** The jar's {@code eval} commands: extraction quality against the seed gold and the re3d format. */
@ApplicationModule(allowedDependencies = {"article", "extraction"})
@NullMarked
package com.articlefacts.eval;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
