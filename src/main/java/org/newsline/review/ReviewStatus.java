package org.newsline.review;

import java.util.Locale;

/** Where a review or error report stands. Only an approved review is public. */
public enum ReviewStatus {
    /** Waiting for an editor. */
    PENDING,
    /** Shown under the story (reviews only). */
    APPROVED,
    /** Refused by an editor. */
    REJECTED,
    /** Refused as spam. */
    SPAM,
    /** An error report that an editor turned into a published correction. */
    CORRECTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ReviewStatus of(String code) {
        for (ReviewStatus status : values()) {
            if (status.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return status;
            }
        }
        throw new IllegalArgumentException(
                "Unknown review status '" + code + "': use pending, approved, rejected, spam or corrected");
    }
}
