package org.newsline.article;

/** No story with this id exists. */
public final class ArticleNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ArticleNotFoundException(long id) {
        super("No story with id " + id);
    }
}
