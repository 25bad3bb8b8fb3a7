package org.newsline.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decides what an uploaded file is by decoding it: the ImageIO readers recognise the format from the
 * bytes, so neither the file name nor a claimed content type plays any part. The size is checked before
 * the pixels are decoded.
 */
final class ImageDecoder {

    private static final double MIB = 1024.0 * 1024.0;

    private final long maxBytes;
    private final long maxPixels;

    ImageDecoder(long maxBytes, long maxPixels) {
        this.maxBytes = maxBytes;
        this.maxPixels = maxPixels;
    }

    /** An accepted image: its format and its pixels, turned upright. */
    record Decoded(ImageFormat format, BufferedImage image) {}

    /**
     * Decodes an uploaded file.
     *
     * @param name the uploader's file name, used only in messages
     * @throws InvalidImageException when the file is empty, too large, not a JPEG, PNG or WebP image, or
     *     cannot be decoded
     */
    Decoded decode(byte[] bytes, String name) {
        String file = describe(name);
        if (bytes == null || bytes.length == 0) {
            throw new InvalidImageException(file + " is empty.");
        }
        if (bytes.length > maxBytes) {
            throw new InvalidImageException(
                    file + " is " + megabytesRoundedUp(bytes.length) + "; the limit is " + megabytes(maxBytes) + ".");
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw notAnImage(file);
            }
            ImageReader reader = readers.next();
            try {
                String formatName = reader.getFormatName();
                ImageFormat format = ImageFormat.ofReaderName(formatName)
                        .orElseThrow(() -> new InvalidImageException(file + " is a "
                                + formatName.toUpperCase(Locale.ROOT)
                                + " image; only JPEG, PNG and WebP images are accepted."));
                // Metadata is never read: it is dropped anyway, and its parsers are attack surface.
                reader.setInput(in, true, true);
                checkDimensions(file, format, reader.getWidth(0), reader.getHeight(0));
                // A decoder warns instead of failing on a truncated or corrupt file ("premature end of JPEG
                // file") and fills the missing part with grey: such a file is refused as damaged.
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                BufferedImage image = reader.read(0);
                if (!warnings.isEmpty()) {
                    throw damaged(file, new IOException(String.join("; ", warnings)));
                }
                if (format == ImageFormat.JPEG) {
                    image = ExifOrientation.apply(image, ExifOrientation.of(bytes));
                }
                return new Decoded(format, image);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidImageException invalid) {
                throw invalid;
            }
            // Decoders report broken files with all kinds of runtime exceptions, not only IOException.
            throw damaged(file, e);
        }
    }

    private static InvalidImageException damaged(String file, Exception cause) {
        return new InvalidImageException(file + " could not be decoded as an image; it may be damaged.", cause);
    }

    private void checkDimensions(String file, ImageFormat format, int width, int height) {
        long pixels = (long) width * height;
        if (width <= 0 || height <= 0) {
            throw new InvalidImageException(file + " is a " + format.label + " image with no pixels.");
        }
        if (pixels > maxPixels) {
            throw new InvalidImageException(String.format(
                    Locale.ROOT,
                    "%s is %d × %d pixels (%.1f megapixels); the limit is %s megapixels.",
                    file,
                    width,
                    height,
                    pixels / 1_000_000.0,
                    maxPixels % 1_000_000 == 0
                            ? String.valueOf(maxPixels / 1_000_000)
                            : String.format(Locale.ROOT, "%.1f", maxPixels / 1_000_000.0)));
        }
    }

    private static InvalidImageException notAnImage(String file) {
        return new InvalidImageException(file + " is not a JPEG, PNG or WebP image.");
    }

    /** "The file 'name.jpg'", with any folder path, control characters and excess length removed. */
    static String describe(String name) {
        String base = safeFileName(name);
        return base.isEmpty() ? "The uploaded file" : "The file '" + base + "'";
    }

    /**
     * The last part of an uploader's file name, fit to show and to log: no folders, no control or
     * invisible formatting characters (such as a right-to-left override that disguises "gpj.html" as
     * "lmth.jpg"), at most 80 characters; empty when nothing is left.
     */
    static String safeFileName(String name) {
        if (name == null) {
            return "";
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\\p{Cf}]", "")
                .strip();
        return base.length() > 80 ? base.substring(0, 79) + "…" : base;
    }

    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0
                ? bytes / (1024 * 1024) + " MB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / MIB);
    }

    /** Rounded up, so that a file just over the limit never reads as exactly the limit. */
    private static String megabytesRoundedUp(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", Math.ceil(bytes * 10 / MIB) / 10);
    }
}
