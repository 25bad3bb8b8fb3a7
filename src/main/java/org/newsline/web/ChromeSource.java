package org.newsline.web;

import java.util.List;

/** Supplies the page chrome; implemented by the public site so that {@code web} needs no feature. */
public interface ChromeSource {

    Chrome chrome(String lang);

    /** The chrome without asking the database, for answers while it is unavailable. */
    default Chrome offlineChrome(String lang) {
        return chrome(lang);
    }

    /** Links to the home page in every language, for pages that exist in one language only. */
    List<Link> homeLinks(String currentLang);
}
