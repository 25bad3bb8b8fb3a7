package org.newsline.web;

import java.util.ArrayList;
import java.util.List;

/**
 * What a page adds to its {@code <head>} for machines: feed autodiscovery links, OpenGraph and Twitter card
 * tags, and JSON-LD blocks.
 *
 * @param feeds feeds that carry this page's stories, for {@code <link rel="alternate" type=...>}
 * @param meta {@code <meta>} tags
 * @param jsonLd JSON-LD documents, each already serialised so that it cannot end its {@code <script>}
 */
public record Head(List<FeedLink> feeds, List<Meta> meta, List<String> jsonLd) {

    public Head {
        feeds = List.copyOf(feeds);
        meta = List.copyOf(meta);
        jsonLd = List.copyOf(jsonLd);
    }

    /** Nothing beyond the layout's own tags. */
    public static Head none() {
        return new Head(List.of(), List.of(), List.of());
    }

    /** This head followed by another's feeds, tags and JSON-LD. */
    public Head and(Head other) {
        List<FeedLink> allFeeds = new ArrayList<>(feeds);
        allFeeds.addAll(other.feeds());
        List<Meta> allMeta = new ArrayList<>(meta);
        allMeta.addAll(other.meta());
        List<String> allJsonLd = new ArrayList<>(jsonLd);
        allJsonLd.addAll(other.jsonLd());
        return new Head(allFeeds, allMeta, allJsonLd);
    }

    /**
     * A feed autodiscovery link.
     *
     * @param type media type, such as {@code application/rss+xml}
     * @param title what readers see in their feed reader's list
     * @param href address
     */
    public record FeedLink(String type, String title, String href) {}

    /**
     * A {@code <meta>} tag: OpenGraph uses {@code property}, Twitter cards use {@code name}.
     *
     * @param property the {@code property} attribute, or {@code null}
     * @param name the {@code name} attribute, or {@code null}
     * @param content the value
     */
    public record Meta(String property, String name, String content) {

        public static Meta property(String property, String content) {
            return new Meta(property, null, content);
        }

        public static Meta name(String name, String content) {
            return new Meta(null, name, content);
        }
    }
}
