package org.newsline.article;

import java.time.Instant;
import org.newsline.platform.Language;

/**
 * A story in a newsroom list, in any state.
 *
 * @param id database id
 * @param language its language
 * @param headline headline
 * @param category category slug
 * @param urgency flash, urgent or normal
 * @param status workflow status
 * @param publishAt publish time, or {@code null} before publishing
 * @param embargoUntil embargo, or {@code null}
 * @param updatedAt last change
 * @param version current version
 * @param createdBy the staff account that started it, or {@code null}
 */
public record StoryRow(
        long id,
        Language language,
        String headline,
        String category,
        Urgency urgency,
        Status status,
        Instant publishAt,
        Instant embargoUntil,
        Instant updatedAt,
        int version,
        Long createdBy) {}
