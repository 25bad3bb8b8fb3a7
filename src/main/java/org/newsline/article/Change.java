package org.newsline.article;

import java.time.Instant;

/**
 * One row of the change log: something readers or subscribers can see happened to a story.
 *
 * @param id position in the log; strictly increasing
 * @param articleId the story
 * @param kind published, updated, corrected, unpublished, or embargoed (published under an embargo still ahead;
 *     only the wire acts on it, other followers skip it)
 * @param version the story's version after the change
 * @param occurredAt when it happened
 */
public record Change(long id, long articleId, String kind, int version, Instant occurredAt) {}
