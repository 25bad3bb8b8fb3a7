package org.newsline.article;

import java.time.Instant;
import java.util.List;
import org.newsline.platform.Language;

/**
 * Everything an editor sets on one language version of a story.
 *
 * @param translationSetId the story this is a translation of, or {@code null} for a new story
 * @param language language of this version
 * @param slug URL slug, or {@code null} to derive one from the headline
 * @param headline headline
 * @param standfirst one-sentence summary
 * @param bodyMarkdown body in Markdown
 * @param datelinePlace where it was filed
 * @param datelineAt when it was filed
 * @param categorySlug section, such as {@code politics}
 * @param authorIds bylines in order
 * @param tagSlugs existing tags
 * @param photoId main photo, or {@code null}
 * @param urgency flash, urgent or normal
 * @param embargoUntil nothing is public before this time, or {@code null}
 */
public record ArticleDraft(
        Long translationSetId,
        Language language,
        String slug,
        String headline,
        String standfirst,
        String bodyMarkdown,
        String datelinePlace,
        Instant datelineAt,
        String categorySlug,
        List<Long> authorIds,
        List<String> tagSlugs,
        Long photoId,
        Urgency urgency,
        Instant embargoUntil) {

    public ArticleDraft {
        authorIds = authorIds == null ? List.of() : List.copyOf(authorIds);
        tagSlugs = tagSlugs == null ? List.of() : List.copyOf(tagSlugs);
        urgency = urgency == null ? Urgency.NORMAL : urgency;
        standfirst = standfirst == null ? "" : standfirst;
        bodyMarkdown = bodyMarkdown == null ? "" : bodyMarkdown;
        datelinePlace = datelinePlace == null ? "" : datelinePlace;
    }
}
