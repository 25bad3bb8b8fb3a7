package org.newsline.media;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Image settings ({@code newsline.media.*}).
 *
 * @param maxUploadBytes largest file accepted, e.g. {@code newsline.media.max-upload-bytes=20MB} (20 MiB
 *     by default; a bare number is bytes)
 * @param maxPixels largest image accepted, in pixels (width × height); checked before the pixels are
 *     decoded, so a small file that expands into a huge bitmap is refused cheaply
 * @param renditionWidths widths of the smaller copies made of each image; a width that is not narrower
 *     than the image itself is skipped
 */
@ConfigurationProperties("newsline.media")
record MediaProperties(DataSize maxUploadBytes, Long maxPixels, List<Integer> renditionWidths) {

    static final DataSize DEFAULT_MAX_UPLOAD = DataSize.ofMegabytes(20);
    static final long DEFAULT_MAX_PIXELS = 50_000_000L;
    static final List<Integer> DEFAULT_WIDTHS = List.of(320, 640, 960, 1280);

    MediaProperties {
        maxUploadBytes = maxUploadBytes == null ? DEFAULT_MAX_UPLOAD : maxUploadBytes;
        maxPixels = maxPixels == null ? DEFAULT_MAX_PIXELS : maxPixels;
        renditionWidths = renditionWidths == null || renditionWidths.isEmpty()
                ? DEFAULT_WIDTHS
                : renditionWidths.stream()
                        .filter(w -> w > 0)
                        .distinct()
                        .sorted()
                        .toList();
        if (maxUploadBytes.toBytes() <= 0 || maxPixels <= 0) {
            throw new IllegalArgumentException("newsline.media.max-upload-bytes and max-pixels must be positive");
        }
    }
}
