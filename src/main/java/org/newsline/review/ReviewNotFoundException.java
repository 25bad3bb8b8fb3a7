package org.newsline.review;

import org.newsline.web.PageNotFoundException;

/** No review or story with this id: answered 404 (a page, or problem JSON for the API). */
class ReviewNotFoundException extends PageNotFoundException {

    private static final long serialVersionUID = 1L;

    ReviewNotFoundException(long id) {
        super("No review " + id);
    }

    ReviewNotFoundException(String message) {
        super(message);
    }
}
