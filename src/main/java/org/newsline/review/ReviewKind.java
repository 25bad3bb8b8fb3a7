package org.newsline.review;

/** What a reader sent: a review shown under the story once allowed, or a private report of an error in it. */
public enum ReviewKind {
    REVIEW("review"),
    ERROR_REPORT("error-report");

    private final String code;

    ReviewKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static ReviewKind of(String code) {
        for (ReviewKind kind : values()) {
            if (kind.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown kind '" + code + "': use review or error-report");
    }
}
