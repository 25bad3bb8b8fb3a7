package org.newsline.review;

import java.time.Duration;

/**
 * A network sent more reviews lately than the limits allow, or a story took more than its limit from everyone:
 * answered 429 with {@code Retry-After}.
 */
class ReviewRateLimitedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;
    private final boolean perStory;

    ReviewRateLimitedException(Duration retryAfter, boolean perStory) {
        super("Too many reviews " + (perStory ? "of this story" : "from this network")
                + "; the next one is possible in " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
        this.perStory = perStory;
    }

    /** Whether the story's limit refused it rather than the sender's own. */
    boolean perStory() {
        return perStory;
    }

    /** Whole seconds until the next review is allowed, at least one. */
    long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
