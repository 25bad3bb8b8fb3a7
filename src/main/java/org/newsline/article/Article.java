package org.newsline.article;

import java.time.Instant;
import java.util.List;
import org.newsline.platform.Language;

/**
 * One language version of a story, complete, as its page shows it.
 *
 * @param id database id
 * @param translationSetId the story this version belongs to, shared by its other languages
 * @param language language of this version
 * @param slug current URL slug
 * @param path public address
 * @param headline headline
 * @param standfirst one-sentence summary
 * @param bodyHtml body rendered from Markdown and sanitised
 * @param datelinePlace where the story was filed, such as "Baku"
 * @param datelineAt when it was filed
 * @param category section
 * @param urgency flash, urgent or normal
 * @param publishAt when it became visible
 * @param updatedAt last change
 * @param version incremented on every saved change
 * @param authors bylines in order
 * @param tags topic labels
 * @param photo main photo, or {@code null}
 * @param corrections public correction notes, oldest first
 */
public record Article(
        long id,
        long translationSetId,
        Language language,
        String slug,
        String path,
        String headline,
        String standfirst,
        String bodyHtml,
        String datelinePlace,
        Instant datelineAt,
        Category category,
        Urgency urgency,
        Instant publishAt,
        Instant updatedAt,
        int version,
        List<Author> authors,
        List<Tag> tags,
        Photo photo,
        List<Correction> corrections) {

    public boolean wasUpdated() {
        return updatedAt.isAfter(publishAt.plusSeconds(60));
    }
}
