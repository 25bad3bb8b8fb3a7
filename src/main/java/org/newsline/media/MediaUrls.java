package org.newsline.media;

import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * Public addresses of stored images, for features that read image rows in their own queries. The original
 * is at {@code /media/{id}.{ext}}, each rendition at {@code /media/{id}/{width}.{ext}}, where the
 * extension follows the stored type ({@code jpg} or {@code png}).
 */
public final class MediaUrls {

    private MediaUrls() {}

    /** The original image (metadata already stripped). */
    public static String original(UUID id, String contentType) {
        return "/media/" + id + "." + ImageFormat.ofContentType(contentType).extension;
    }

    /** A rendition; it exists only if the store made one at this width. */
    public static String rendition(UUID id, String contentType, int width) {
        return "/media/" + id + "/" + width + "." + ImageFormat.ofContentType(contentType).extension;
    }

    /**
     * An HTML {@code srcset} value: every rendition narrower than the original, then the original itself.
     *
     * @param width the original's width in pixels
     * @param renditionWidths widths of the renditions that exist
     */
    public static String srcset(UUID id, String contentType, int width, List<Integer> renditionWidths) {
        StringJoiner srcset = new StringJoiner(", ");
        renditionWidths.stream()
                .filter(w -> w < width)
                .sorted()
                .forEach(w -> srcset.add(rendition(id, contentType, w) + " " + w + "w"));
        srcset.add(original(id, contentType) + " " + width + "w");
        return srcset.toString();
    }
}
