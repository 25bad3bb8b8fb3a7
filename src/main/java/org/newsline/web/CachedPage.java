package org.newsline.web;

import java.time.Instant;
import java.util.Set;

/**
 * A rendered response kept by {@link PageCache}.
 *
 * @param status HTTP status
 * @param contentType content type with charset
 * @param contentLanguage the page's language, or {@code null}
 * @param body the bytes
 * @param etag strong entity tag of the bytes
 * @param renderedAt when it was rendered (its {@code Last-Modified})
 * @param tags what the page shows; empty means "do not keep"
 */
record CachedPage(
        int status,
        String contentType,
        String contentLanguage,
        byte[] body,
        String etag,
        Instant renderedAt,
        Set<String> tags) {}
