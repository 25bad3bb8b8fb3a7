package org.newsline.article;

import java.time.Instant;

/**
 * A dated public correction note.
 *
 * @param notedAt when the correction was published
 * @param note what was corrected
 */
public record Correction(Instant notedAt, String note) {}
