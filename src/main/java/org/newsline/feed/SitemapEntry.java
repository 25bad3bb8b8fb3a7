package org.newsline.feed;

import java.time.Instant;
import java.util.List;

/**
 * One story in a monthly sitemap.
 *
 * @param path its address
 * @param lastModified its last change
 * @param versions its visible language versions, itself included, for hreflang alternates
 * @param imagePath its photo's address, or {@code null}
 */
record SitemapEntry(String path, Instant lastModified, List<Version> versions, String imagePath) {

    /**
     * A language version of the story.
     *
     * @param lang language code
     * @param path its address
     */
    record Version(String lang, String path) {}
}
