package org.newsline.media;

import java.util.Locale;
import java.util.Optional;

/** The image formats accepted on upload, and the two that are stored. */
enum ImageFormat {
    JPEG("JPEG", "image/jpeg", "jpg"),
    PNG("PNG", "image/png", "png"),
    WEBP("WebP", "image/webp", "webp");

    final String label;
    final String contentType;
    final String extension;

    ImageFormat(String label, String contentType, String extension) {
        this.label = label;
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The format an ImageIO reader decodes, by the reader's format name ("JPEG", "png", "webp"...). */
    static Optional<ImageFormat> ofReaderName(String formatName) {
        return switch (formatName.toLowerCase(Locale.ROOT)) {
            case "jpeg", "jpg" -> Optional.of(JPEG);
            case "png" -> Optional.of(PNG);
            case "webp" -> Optional.of(WEBP);
            default -> Optional.empty();
        };
    }

    /** The stored format with this MIME type; unknown types are served as JPEG, as before. */
    static ImageFormat ofContentType(String contentType) {
        return switch (contentType) {
            case "image/png" -> PNG;
            case "image/webp" -> WEBP;
            default -> JPEG;
        };
    }
}
