package org.newsline.article;

import java.time.Instant;
import org.newsline.platform.Language;

/**
 * A story as lists show it: News Line, home page, category and correspondent pages.
 *
 * @param id database id
 * @param language language of this version
 * @param path public address, {@code /{lang}/{yyyy}/{mm}/{dd}/{slug}}
 * @param headline headline
 * @param standfirst one-sentence summary
 * @param category section
 * @param urgency flash, urgent or normal
 * @param publishAt when it became visible
 * @param photoUrl main photo's address, or {@code null}
 * @param photoAlt the photo's caption, used as its text alternative
 * @param photoSrcset the photo's renditions with their widths, for an {@code <img srcset>}, or {@code null}
 */
public record ArticleSummary(
        long id,
        Language language,
        String path,
        String headline,
        String standfirst,
        Category category,
        Urgency urgency,
        Instant publishAt,
        String photoUrl,
        String photoAlt,
        String photoSrcset) {

    /** A summary without a known photo {@code srcset}. */
    public ArticleSummary(
            long id,
            Language language,
            String path,
            String headline,
            String standfirst,
            Category category,
            Urgency urgency,
            Instant publishAt,
            String photoUrl,
            String photoAlt) {
        this(id, language, path, headline, standfirst, category, urgency, publishAt, photoUrl, photoAlt, null);
    }

    public boolean hasPhoto() {
        return photoUrl != null;
    }
}
