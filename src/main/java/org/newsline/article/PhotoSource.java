package org.newsline.article;

/** Where a photo came from; shown to readers and mapped to the wire's credit fields. */
public enum PhotoSource {
    OPEN_SOURCES("open-sources"),
    HANDOUT("handout"),
    STAFF("staff"),
    AGENCY("agency");

    private final String code;

    PhotoSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static PhotoSource of(String code) {
        for (PhotoSource source : values()) {
            if (source.code.equals(code)) {
                return source;
            }
        }
        throw new IllegalArgumentException("Unknown photo source kind: " + code);
    }
}
