package org.newsline.feed;

import java.time.Instant;

/**
 * What a feed says about itself, in absolute addresses.
 *
 * @param id the feed's permanent identifier (Atom {@code id})
 * @param title the feed's title
 * @param description what it carries
 * @param language language code
 * @param pageUrl the page listing the same stories
 * @param selfUrl this feed's own address
 * @param hubUrl the WebSub hub, or {@code null}
 * @param publisher the agency's name, the feed's author
 * @param logoUrl the agency's logo
 * @param updated when the feed last changed
 */
record FeedHeader(
        String id,
        String title,
        String description,
        String language,
        String pageUrl,
        String selfUrl,
        String hubUrl,
        String publisher,
        String logoUrl,
        Instant updated) {}
