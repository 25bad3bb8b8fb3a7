package org.newsline.media;

import java.util.List;
import java.util.UUID;

/**
 * A stored image, without its bytes.
 *
 * @param id stable identifier used in URLs
 * @param contentType MIME type of the stored image, {@code image/jpeg} or {@code image/png}
 * @param width width in pixels
 * @param height height in pixels
 * @param sha256 hex digest of the stored bytes, used as the HTTP entity tag
 * @param renditionWidths widths of the smaller copies, narrowest first; empty for small images
 */
public record MediaFile(
        UUID id, String contentType, int width, int height, String sha256, List<Integer> renditionWidths) {

    public MediaFile {
        renditionWidths = List.copyOf(renditionWidths);
    }

    /** The public address of the image. */
    public String url() {
        return MediaUrls.original(id, contentType);
    }

    /** The public address of the rendition at this width (one of {@link #renditionWidths()}). */
    public String renditionUrl(int renditionWidth) {
        return MediaUrls.rendition(id, contentType, renditionWidth);
    }

    /** An HTML {@code srcset} value listing the renditions and the original with their widths. */
    public String srcset() {
        return MediaUrls.srcset(id, contentType, width, renditionWidths);
    }
}
