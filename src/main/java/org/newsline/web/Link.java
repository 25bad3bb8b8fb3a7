package org.newsline.web;

/**
 * A link in the page chrome.
 *
 * @param label visible text
 * @param href address
 * @param current whether it points at the page being shown (or its section)
 */
public record Link(String label, String href, boolean current) {

    public static Link to(String label, String href) {
        return new Link(label, href, false);
    }
}
