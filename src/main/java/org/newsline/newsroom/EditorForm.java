package org.newsline.newsroom;

import java.util.List;

/**
 * The story editor's form fields, as posted. Times are {@code datetime-local} values in the agency's zone.
 *
 * @param version the version the edit is based on (0 for a new story)
 * @param translationSetId the story this is a translation of, for a new version
 * @param language az, ru or en
 * @param headline headline
 * @param slug URL slug, empty to derive it
 * @param standfirst summary
 * @param body Markdown
 * @param datelinePlace where it was filed
 * @param category category slug
 * @param urgency flash, urgent or normal
 * @param authorIds byline author ids
 * @param tags comma-separated tag slugs
 * @param embargoUntil embargo time or empty
 * @param photoId current photo, or null
 * @param captionAz photo caption in Azerbaijani
 * @param captionRu photo caption in Russian
 * @param captionEn photo caption in English
 * @param credit photo credit
 * @param sourceKind photo source kind
 * @param licence photo licence
 */
public record EditorForm(
        Integer version,
        Long translationSetId,
        String language,
        String headline,
        String slug,
        String standfirst,
        String body,
        String datelinePlace,
        String category,
        String urgency,
        List<Long> authorIds,
        String tags,
        String embargoUntil,
        Long photoId,
        String captionAz,
        String captionRu,
        String captionEn,
        String credit,
        String sourceKind,
        String licence) {

    public EditorForm {
        authorIds = authorIds == null ? List.of() : authorIds;
    }

    public String text(String value) {
        return value == null ? "" : value;
    }

    public boolean hasAuthor(long id) {
        return authorIds.contains(id);
    }
}
