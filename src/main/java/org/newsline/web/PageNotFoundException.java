package org.newsline.web;

/** The address names nothing that exists (or nothing readers may see yet): answered with a 404 page. */
public class PageNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PageNotFoundException(String message) {
        super(message);
    }
}
