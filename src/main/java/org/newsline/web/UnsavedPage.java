package org.newsline.web;

import java.util.List;

/**
 * The view of a form that could not be saved because the database is unavailable: everything the sender
 * typed, in a form that sends it to the same address again.
 *
 * @param layout shared layout
 * @param action the address the form was sent to
 * @param csrf the CSRF token the sender's form carried (their session keeps it), or an empty string
 * @param fields the fields they sent, in their order
 */
public record UnsavedPage(Layout layout, String action, String csrf, List<Field> fields) {

    /**
     * One sent field.
     *
     * @param id the element id of its input on this page
     * @param name its name in the form
     * @param value what was typed
     * @param multiline whether it is shown as a text area (long or several lines)
     */
    public record Field(String id, String name, String value, boolean multiline) {}
}
