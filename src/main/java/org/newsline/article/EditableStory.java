package org.newsline.article;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.newsline.platform.Language;

/**
 * A story as the newsroom edits it: every field, whatever its state.
 *
 * @param id database id
 * @param content the editable fields (with translation set and language)
 * @param status workflow status
 * @param publishAt publish time, or {@code null}
 * @param version current version; a save must be based on it
 * @param createdBy the staff account that started it, or {@code null}
 * @param unpublishReason why it was taken down, or {@code null}
 * @param photo the main photo, or {@code null}
 * @param translations the other language versions in its translation set, by language
 * @param corrections public correction notes
 * @param publicPath its public address when readers can see it, else {@code null}
 */
public record EditableStory(
        long id,
        ArticleDraft content,
        Status status,
        Instant publishAt,
        int version,
        Long createdBy,
        String unpublishReason,
        Photo photo,
        Map<Language, Long> translations,
        List<Correction> corrections,
        String publicPath) {

    public Language language() {
        return content.language();
    }
}
