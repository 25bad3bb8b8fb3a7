package org.newsline.web;

/**
 * The view of an error page.
 *
 * @param layout shared layout
 * @param status HTTP status code
 * @param heading what went wrong, in the reader's language
 * @param detail the specific reason, or an empty string
 */
public record ErrorPage(Layout layout, int status, String heading, String detail) {}
