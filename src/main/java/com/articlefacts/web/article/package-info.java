/** Articles over HTTP: the list, one article and its paragraphs, and the writes (POST, PUT, DELETE) with their request bodies, ETags and idempotency keys. */
@NullMarked
package com.articlefacts.web.article;

import org.jspecify.annotations.NullMarked;
