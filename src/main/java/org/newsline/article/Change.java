package org.newsline.article;

import java.time.Instant;
import java.util.Set;

/**
 * One row of the change log: something readers or subscribers can see happened to a story.
 *
 * <p>More kinds may be added over time; a follower must skip kinds it does not handle rather than fail.
 *
 * @param id position in the log; strictly increasing
 * @param articleId the story
 * @param kind published, updated, corrected or unpublished (the story itself changed), embargoed (published
 *     under an embargo still ahead; only the wire acts on it), or review-approved or review-removed (a
 *     reader review shown with it appeared or went)
 * @param version the story's version after the change
 * @param occurredAt when it happened
 */
public record Change(long id, long articleId, String kind, int version, Instant occurredAt) {

    public static final String PUBLISHED = "published";
    public static final String UPDATED = "updated";
    public static final String CORRECTED = "corrected";
    public static final String UNPUBLISHED = "unpublished";
    public static final String REVIEW_APPROVED = "review-approved";
    public static final String REVIEW_REMOVED = "review-removed";

    private static final Set<String> STORY_KINDS = Set.of(PUBLISHED, UPDATED, CORRECTED, UNPUBLISHED);

    /** Whether the story itself (its text, visibility or corrections) changed, not only what is shown with it. */
    public boolean changesStory() {
        return STORY_KINDS.contains(kind);
    }
}
