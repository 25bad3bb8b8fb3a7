package org.newsline.review;

import java.util.Locale;

/** When a reader's review is shown: after an editor approved it, or at once with moderation afterwards. */
public enum ModerationMode {
    PRE,
    POST;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ModerationMode of(String code) {
        for (ModerationMode mode : values()) {
            if (mode.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("Unknown moderation '" + code + "': use pre or post");
    }
}
