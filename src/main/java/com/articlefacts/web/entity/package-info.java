/** Entities over HTTP: an article's entities with every mention, the search across articles, and one entity with the articles that mention it. */
@NullMarked
package com.articlefacts.web.entity;

import org.jspecify.annotations.NullMarked;
