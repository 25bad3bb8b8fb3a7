package org.newsline.article;

/** A save was based on a version of the story that is no longer the latest: nothing was overwritten. */
public final class VersionConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long articleId;
    private final int basedOn;
    private final int current;

    VersionConflictException(long articleId, int basedOn, int current) {
        super("Story " + articleId + " was saved by someone else: your edit is based on version " + basedOn
                + ", the latest is version " + current);
        this.articleId = articleId;
        this.basedOn = basedOn;
        this.current = current;
    }

    public long articleId() {
        return articleId;
    }

    public int basedOn() {
        return basedOn;
    }

    public int current() {
        return current;
    }
}
