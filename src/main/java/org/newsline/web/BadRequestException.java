package org.newsline.web;

/** A request parameter or path segment is malformed: answered with a 400 page naming it. */
public class BadRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadRequestException(String message) {
        super(message);
    }
}
