package org.newsline.feed;

import java.util.Optional;

/** The feed formats the site offers, with their file extension and media type. */
public enum FeedFormat {
    RSS("rss", "application/rss+xml", "RSS"),
    ATOM("atom", "application/atom+xml", "Atom"),
    JSON("json", "application/feed+json", "JSON Feed");

    private final String extension;
    private final String mediaType;
    private final String label;

    FeedFormat(String extension, String mediaType, String label) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.label = label;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return label;
    }

    static Optional<FeedFormat> fromExtension(String extension) {
        for (FeedFormat format : values()) {
            if (format.extension.equals(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
