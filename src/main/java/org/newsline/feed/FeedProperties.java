package org.newsline.feed;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of feeds, sitemaps and the live News Line ({@code newsline.feed.*}).
 *
 * @param fullText whether feeds carry the whole story ({@code true}) or only its standfirst
 * @param items how many of the latest stories a feed lists (at most 200)
 * @param idAuthority the authority of the {@code tag:} URIs that identify feeds and stories, such as
 *     {@code newsline,2026} in {@code tag:newsline,2026:article-42}; never change it once readers
 *     subscribed, or their feed readers show every story again
 * @param websubHub a WebSub hub that feeds name and that is pinged on every change; none when unset
 * @param websubTimeout how long one ping to the hub may take
 * @param sitemapUrlsPerFile most addresses one monthly sitemap file holds; a month with more is split
 *     into numbered parts (the sitemaps protocol allows at most 50,000)
 * @param newsWindow how far back the Google News sitemap reaches (Google reads two days)
 * @param liveMaxConnections most live News Line connections one node keeps open; more answer 503
 * @param liveTimeout how long one live connection stays open before the browser reconnects
 * @param nodeName names this node's live News Line follower of the change log; must differ between nodes
 *     sharing a database (default: host name and HTTP port)
 */
@ConfigurationProperties("newsline.feed")
record FeedProperties(
        Boolean fullText,
        Integer items,
        String idAuthority,
        URI websubHub,
        Duration websubTimeout,
        Integer sitemapUrlsPerFile,
        Duration newsWindow,
        Integer liveMaxConnections,
        Duration liveTimeout,
        String nodeName) {

    FeedProperties {
        fullText = fullText != null && fullText;
        items = items == null ? 50 : Math.max(1, Math.min(items, 200));
        idAuthority = idAuthority == null || idAuthority.isBlank() ? "newsline,2026" : idAuthority;
        websubTimeout = websubTimeout == null ? Duration.ofSeconds(5) : websubTimeout;
        sitemapUrlsPerFile = sitemapUrlsPerFile == null ? 50_000 : Math.max(1, sitemapUrlsPerFile);
        newsWindow = newsWindow == null ? Duration.ofHours(48) : newsWindow;
        liveMaxConnections = liveMaxConnections == null ? 2_000 : Math.max(1, liveMaxConnections);
        liveTimeout = liveTimeout == null ? Duration.ofMinutes(10) : liveTimeout;
    }

    /** The GUID prefix of stories, followed by the story's id. */
    String guidPrefix() {
        return "tag:" + idAuthority + ":article-";
    }

    /** The permanent identifier of the feed listing the stories of a page. */
    String feedId(String pagePath) {
        return "tag:" + idAuthority + ":feed" + pagePath;
    }

    boolean hasHub() {
        return websubHub != null && !websubHub.toString().isBlank();
    }
}
