/**
 * The read path: stored representations rendered when facts are stored, the memory cache bounded in bytes,
 * conditional GETs and gzip, invalidation across instances, backfill and warm-up. It knows no feature of the web
 * layer: each renders its own resources through {@link com.articlefacts.web.read.ResourceViews}.
 */
@NullMarked
package com.articlefacts.web.read;

import org.jspecify.annotations.NullMarked;
