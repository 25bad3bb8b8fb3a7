package org.newsline.article;

import java.util.Locale;

/** How urgent a story is, as the News Line marks it (and as the wire maps it to IPTC urgency). */
public enum Urgency {
    FLASH,
    URGENT,
    NORMAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Urgency of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
