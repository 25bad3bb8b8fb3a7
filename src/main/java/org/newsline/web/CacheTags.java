package org.newsline.web;

/**
 * Names of the tags that label kept pages in {@link PageCache}, shared by the features that render pages and
 * the follower that invalidates them.
 */
public final class CacheTags {

    /** Every sitemap: they list all stories of every language, with their last change. */
    public static final String SITEMAPS = "sitemaps";

    /** Search answers: they change whenever the search index does. */
    public static final String SEARCH = "search";

    private CacheTags() {}

    /** Pages showing this story. */
    public static String article(long id) {
        return "article:" + id;
    }

    /** Pages of any language version of a story (they link to each other). */
    public static String translationSet(long id) {
        return "set:" + id;
    }

    /** Lists of a language (home, News Line, sections, feeds...), where a new story appears. */
    public static String lists(String languageCode) {
        return "list:" + languageCode;
    }
}
