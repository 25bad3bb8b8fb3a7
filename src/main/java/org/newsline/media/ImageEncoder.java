package org.newsline.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes pixels as a fresh JPEG or PNG. Nothing of the uploaded file survives but its pixels, which is
 * how EXIF, GPS, XMP, ICC profiles and comments are removed: the writers are given no metadata to copy.
 */
final class ImageEncoder {

    /** Originals: close to the camera's quality, still far smaller than most uploads. */
    static final float ORIGINAL_QUALITY = 0.88f;

    /** Renditions are seen small and fetched often, so they trade a little quality for size. */
    static final float RENDITION_QUALITY = 0.82f;

    private ImageEncoder() {}

    /** The format an accepted image is stored in: PNG stays PNG, WebP becomes PNG only if it has transparency. */
    static ImageFormat storedFormat(ImageFormat uploaded, BufferedImage image) {
        return switch (uploaded) {
            case JPEG -> ImageFormat.JPEG;
            case PNG -> ImageFormat.PNG;
            case WEBP -> hasTransparency(image) ? ImageFormat.PNG : ImageFormat.JPEG;
        };
    }

    static byte[] encode(BufferedImage image, ImageFormat format, float jpegQuality) {
        return format == ImageFormat.PNG ? png(image) : jpeg(image, jpegQuality);
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(opaqueRgb(image), null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png(BufferedImage image) {
        BufferedImage plain = image;
        if (image.getType() == BufferedImage.TYPE_CUSTOM) {
            // 16-bit or unusual colour models: store as ordinary 8-bit sRGB
            plain = copy(
                    image,
                    image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB,
                    null);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(plain, "png", bytes)) {
                throw new IllegalStateException("No PNG writer for image type " + plain.getType());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed", e);
        }
        return bytes.toByteArray();
    }

    /** JPEG has no alpha and the JDK writer takes only plain RGB or grey: flatten onto white. */
    private static BufferedImage opaqueRgb(BufferedImage image) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_INT_RGB
                || type == BufferedImage.TYPE_3BYTE_BGR
                || type == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        return copy(image, BufferedImage.TYPE_INT_RGB, Color.WHITE);
    }

    private static BufferedImage copy(BufferedImage image, int type, Color background) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = copy.createGraphics();
        try {
            if (background != null) {
                g.setColor(background);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
            }
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }

    private static boolean hasTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        // Decoders often give lossless WebP an alpha channel even when every pixel is opaque.
        int width = image.getWidth();
        int[] row = new int[width];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int argb : row) {
                if (argb >>> 24 != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }
}
