package org.newsline.web;

import java.util.List;

/**
 * The page-specific part of the shared layout.
 *
 * @param chrome masthead, navigation and footer in the page's language
 * @param title the document title (the site name is appended)
 * @param description meta description
 * @param canonical canonical path of the page
 * @param alternates the page in other languages (hreflang), including its own language
 * @param languageLinks language switcher: the page itself in each language where it exists, else that home page
 * @param head feed links, social card tags and structured data of the page
 */
public record Layout(
        Chrome chrome,
        String title,
        String description,
        String canonical,
        List<Alternate> alternates,
        List<Link> languageLinks,
        Head head) {

    /** A page that exists in its own language only, such as an error page. */
    public static Layout simple(Chrome chrome, String title, String canonical, List<Link> languageLinks) {
        return new Layout(chrome, title, "", canonical, List.of(), languageLinks, Head.none());
    }

    /** The same layout with this head content. */
    public Layout withHead(Head newHead) {
        return new Layout(chrome, title, description, canonical, alternates, languageLinks, newHead);
    }

    public String t(String key) {
        return chrome.t(key);
    }
}
