package org.newsline.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import net.coobird.thumbnailator.Thumbnails;

/** Makes the smaller copies of an image that browsers choose from through {@code srcset}. */
final class Renditions {

    /** One smaller copy, already encoded in the stored format. */
    record Rendition(int width, int height, byte[] bytes) {}

    private Renditions() {}

    /** A copy at each width narrower than the image; none when the image is narrower than all of them. */
    static List<Rendition> of(BufferedImage image, ImageFormat format, List<Integer> widths) {
        List<Rendition> renditions = new ArrayList<>();
        for (int width : widths) {
            if (width >= image.getWidth()) {
                continue; // never enlarge; the original itself serves its own width
            }
            BufferedImage scaled = scale(image, width);
            renditions.add(new Rendition(
                    scaled.getWidth(),
                    scaled.getHeight(),
                    ImageEncoder.encode(scaled, format, ImageEncoder.RENDITION_QUALITY)));
        }
        return renditions;
    }

    private static BufferedImage scale(BufferedImage image, int width) {
        try {
            // The height is worked out here so that a very wide, thin image still gets at least one row.
            int height = (int) Math.max(1, Math.round((double) image.getHeight() * width / image.getWidth()));
            return Thumbnails.of(image).forceSize(width, height).asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException("Scaling an image in memory failed", e);
        }
    }
}
