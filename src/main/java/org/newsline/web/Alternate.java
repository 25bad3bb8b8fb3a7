package org.newsline.web;

/**
 * The same page in another language, for {@code <link rel="alternate" hreflang>} and the language switcher.
 *
 * @param lang language code, or {@code x-default}
 * @param href address
 */
public record Alternate(String lang, String href) {}
