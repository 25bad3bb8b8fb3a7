package org.newsline.wire;

import java.util.Locale;
import java.util.Optional;

/** The formats the wire delivers in. */
public enum WireFormat {
    /** IPTC ninjs 2.1, the default. */
    NINJS("ninjs", "application/ninjs+json"),
    /** IPTC ninjs 3.1 (camelCase names). */
    NINJS3("ninjs3", "application/ninjs+json;version=3.1"),
    /** IPTC NewsML-G2 2.35 newsItem. */
    NEWSML("newsml", "application/vnd.iptc.g2.newsitem+xml");

    private final String code;
    private final String mediaType;

    WireFormat(String code, String mediaType) {
        this.code = code;
        this.mediaType = mediaType;
    }

    public String code() {
        return code;
    }

    /** The Content-Type of one item in this format. */
    public String mediaType() {
        return mediaType;
    }

    boolean json() {
        return this != NEWSML;
    }

    public static Optional<WireFormat> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (WireFormat format : values()) {
            if (format.code.equals(code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * The format asked for: {@code ?format=} first, else the {@code Accept} header (XML means NewsML-G2,
     * {@code version=3} ninjs 3.1), else ninjs 2.1.
     *
     * @throws IllegalArgumentException for an unknown {@code format} parameter
     */
    static WireFormat requested(String parameter, String accept) {
        if (parameter != null && !parameter.isBlank()) {
            return fromCode(parameter)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "Unknown format '" + parameter + "'; use ninjs, ninjs3 or newsml"));
        }
        String header = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        if (header.contains("xml")) {
            return NEWSML;
        }
        if (header.contains("ninjs") && header.contains("version=3")) {
            return NINJS3;
        }
        return NINJS;
    }
}
