package org.newsline.feed;

import java.time.Instant;
import java.util.List;
import org.newsline.article.Category;
import org.newsline.article.Urgency;
import org.newsline.platform.Language;

/**
 * One story as a feed carries it.
 *
 * @param id database id, the stable part of its GUID
 * @param language its language
 * @param path public address
 * @param headline headline
 * @param standfirst one-sentence summary
 * @param bodyHtml sanitised body
 * @param publishAt when it became visible
 * @param updatedAt its last change
 * @param category its section
 * @param urgency flash, urgent or normal
 * @param authors bylines in order
 * @param tags topic names in the story's language
 * @param photo main photo, or {@code null}
 */
record FeedItem(
        long id,
        Language language,
        String path,
        String headline,
        String standfirst,
        String bodyHtml,
        Instant publishAt,
        Instant updatedAt,
        Category category,
        Urgency urgency,
        List<Byline> authors,
        List<String> tags,
        FeedPhoto photo) {

    /** When the story last changed as readers see it; never before its publish time. */
    Instant modifiedAt() {
        return updatedAt == null || updatedAt.isBefore(publishAt) ? publishAt : updatedAt;
    }

    /**
     * A correspondent in a byline.
     *
     * @param name name in the story's language
     * @param path their page
     */
    record Byline(String name, String path) {}

    /**
     * The story's photo with what an enclosure needs.
     *
     * @param path public address
     * @param contentType media type
     * @param byteSize size in bytes
     * @param width width in pixels
     * @param height height in pixels
     * @param caption caption in the story's language
     * @param credit credit line
     */
    record FeedPhoto(
            String path, String contentType, long byteSize, int width, int height, String caption, String credit) {}
}
