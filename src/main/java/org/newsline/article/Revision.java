package org.newsline.article;

import java.time.Instant;

/**
 * One saved version of a story.
 *
 * @param articleId the story
 * @param version its version number
 * @param savedAt when it was saved
 * @param savedBy display name of the staff member, or {@code null} for the system
 * @param status the story's status at that version
 * @param content the story's editable fields at that version (language and translation set omitted)
 */
public record Revision(
        long articleId, int version, Instant savedAt, String savedBy, Status status, ArticleDraft content) {}
