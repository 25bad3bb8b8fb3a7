package org.newsline.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The public page cache ({@code newsline.cache.*}).
 *
 * @param enabled serve repeated requests for public pages from memory ({@code NEWSLINE_CACHE})
 * @param maxBytes most memory the kept pages take (plain and compressed bytes); the least used go first
 * @param maxAge longest a page is kept even if nothing invalidates it (dates such as "Today" move on)
 * @param browserMaxAge how long browsers and CDNs may reuse a page without asking ({@code max-age})
 */
@ConfigurationProperties("newsline.cache")
record PageCacheProperties(Boolean enabled, DataSize maxBytes, Duration maxAge, Duration browserMaxAge) {

    PageCacheProperties {
        enabled = enabled == null || enabled;
        maxBytes = maxBytes == null ? DataSize.ofMegabytes(96) : maxBytes;
        maxAge = maxAge == null ? Duration.ofMinutes(1) : maxAge;
        browserMaxAge = browserMaxAge == null ? Duration.ofSeconds(30) : browserMaxAge;
    }
}
