package org.newsline.media;

import java.util.UUID;

/**
 * A stored image, without its bytes.
 *
 * @param id stable identifier used in URLs
 * @param contentType MIME type such as {@code image/jpeg}
 * @param width width in pixels
 * @param height height in pixels
 * @param sha256 hex digest of the bytes, used as the HTTP entity tag
 */
public record MediaFile(UUID id, String contentType, int width, int height, String sha256) {

    /** The public address of the image. */
    public String url() {
        return "/media/" + id + extension();
    }

    private String extension() {
        return switch (contentType) {
            case "image/png" -> ".png";
            case "image/webp" -> ".webp";
            default -> ".jpg";
        };
    }
}
