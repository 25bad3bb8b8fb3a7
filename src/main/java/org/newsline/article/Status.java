package org.newsline.article;

import java.util.Locale;

/** Where a story stands in the workflow. Scheduled and embargoed stories are published with a future time. */
public enum Status {
    DRAFT,
    SUBMITTED,
    PUBLISHED,
    UNPUBLISHED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Status of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
