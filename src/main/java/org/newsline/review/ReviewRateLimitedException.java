package org.newsline.review;

import java.time.Duration;

/** A network sent more reviews lately than the limits allow: answered 429 with {@code Retry-After}. */
class ReviewRateLimitedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    ReviewRateLimitedException(Duration retryAfter) {
        super("Too many reviews from this network; the next one is possible in " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until the next review is allowed, at least one. */
    long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
