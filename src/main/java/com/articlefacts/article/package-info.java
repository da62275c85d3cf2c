/** Articles as stored: their text, layout metadata and body paragraphs, and how a file's layout is read. */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package com.articlefacts.article;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
