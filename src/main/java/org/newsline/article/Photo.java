package org.newsline.article;

import org.newsline.platform.LocalizedText;

/**
 * A story's main photo as published.
 *
 * @param id database id
 * @param url public address of the image
 * @param width width in pixels
 * @param height height in pixels
 * @param caption caption in each language
 * @param credit credit line, such as "Photo from open sources"
 * @param sourceKind where the photo came from
 * @param licence the licence the agency holds it under
 * @param srcset the image's renditions and the original with their widths, for an {@code <img srcset>};
 *     {@code null} when not known
 */
public record Photo(
        long id,
        String url,
        int width,
        int height,
        LocalizedText caption,
        String credit,
        PhotoSource sourceKind,
        String licence,
        String srcset) {

    /** A photo without a known {@code srcset}. */
    public Photo(
            long id,
            String url,
            int width,
            int height,
            LocalizedText caption,
            String credit,
            PhotoSource sourceKind,
            String licence) {
        this(id, url, width, height, caption, credit, sourceKind, licence, null);
    }
}
