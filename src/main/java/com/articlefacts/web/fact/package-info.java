/** Facts over HTTP: an article's dates, events and attributions, all of them in one document, and the event search as JSON or ACLED-shaped CSV. */
@NullMarked
package com.articlefacts.web.fact;

import org.jspecify.annotations.NullMarked;
