package org.newsline.article;

import java.time.Instant;
import java.util.List;
import org.newsline.platform.Language;

/**
 * A published story with everything derived data (the search index, feeds) is built from. It may not be
 * visible yet: a scheduled or embargoed story is published but shows only from {@link #visibleFrom()}.
 *
 * @param id database id
 * @param language language of this version
 * @param path public address
 * @param headline headline
 * @param standfirst one-sentence summary
 * @param bodyText body as plain text, paragraphs separated by blank lines
 * @param datelinePlace where it was filed
 * @param category section
 * @param urgency flash, urgent or normal
 * @param publishAt publish time as readers see it
 * @param visibleFrom when readers may first see it: the publish time or the end of an embargo, whichever is later
 * @param authors bylines in order
 * @param tags topic labels
 */
public record PublishedStory(
        long id,
        Language language,
        String path,
        String headline,
        String standfirst,
        String bodyText,
        String datelinePlace,
        Category category,
        Urgency urgency,
        Instant publishAt,
        Instant visibleFrom,
        List<Author> authors,
        List<Tag> tags) {}
