/** What every endpoint shares: problem details, offsets, paging, sorting and links, request ids and size limits, security and rate limits, CORS, Tomcat and the OpenAPI description. */
@NullMarked
package com.articlefacts.web.http;

import org.jspecify.annotations.NullMarked;
