package org.newsline.wire;

/**
 * A change-log row as the wire sends it.
 *
 * @param id change-log id
 * @param articleId the story
 * @param kind published, updated, corrected, unpublished or embargoed
 * @param version the story's version after the change
 */
record ChangeRef(long id, long articleId, String kind, int version) {}
