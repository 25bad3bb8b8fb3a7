package org.newsline.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Image files for media tests, made in memory. The WebP fixtures in {@code src/test/resources/media} were
 * made once with Debian's {@code cwebp} from 48 × 32 gradients: {@code opaque.webp} lossy, and
 * {@code transparent.webp} lossless with its left half fully transparent.
 */
public final class TestImages {

    private TestImages() {}

    /** A JPEG whose left half is red and right half blue, so that turning it can be seen in the pixels. */
    public static byte[] jpeg(int width, int height) {
        return write(halves(width, height, BufferedImage.TYPE_INT_RGB), "jpg");
    }

    public static byte[] png(int width, int height) {
        return write(halves(width, height, BufferedImage.TYPE_INT_RGB), "png");
    }

    public static byte[] gif(int width, int height) {
        return write(halves(width, height, BufferedImage.TYPE_INT_RGB), "gif");
    }

    /** The image written in an ImageIO format such as {@code jpg} or {@code png}. */
    public static byte[] encode(BufferedImage image, String format) {
        return write(image, format);
    }

    public static byte[] fixture(String name) {
        try (InputStream in = TestImages.class.getResourceAsStream("/media/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test fixture media/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JPEG with an EXIF APP1 segment inserted after its JFIF header: IFD0 holds the orientation, an
     * image description carrying {@code secret}, and a pointer to a GPS IFD with a latitude reference.
     */
    public static byte[] withExif(byte[] jpeg, int orientation, String secret) {
        byte[] description = (secret + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 3 * 12 + 4 + 2 + 12 + 4 + description.length)
                .order(ByteOrder.BIG_ENDIAN);
        int gpsIfd = 8 + 2 + 3 * 12 + 4;
        int descriptionAt = gpsIfd + 2 + 12 + 4;
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 3);
        entry(tiff, 0x010E, 2, description.length, descriptionAt); // ImageDescription, ASCII
        entry(tiff, 0x0112, 3, 1, orientation << 16); // Orientation, SHORT, left-justified in the value
        entry(tiff, 0x8825, 4, 1, gpsIfd); // GPSInfo IFD pointer
        tiff.putInt(0);
        tiff.putShort((short) 1);
        entry(tiff, 0x0001, 2, 2, 'N' << 24); // GPSLatitudeRef "N"
        tiff.putInt(0);
        tiff.put(description);

        byte[] body = tiff.array();
        ByteArrayOutputStream app1 = new ByteArrayOutputStream();
        int length = 2 + 6 + body.length;
        app1.write(0xFF);
        app1.write(0xE1);
        app1.write(length >> 8);
        app1.write(length & 0xFF);
        app1.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        app1.writeBytes(body);
        int afterJfif = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
        return splice(jpeg, afterJfif, app1.toByteArray());
    }

    /** The PNG with a {@code tEXt} comment chunk holding {@code text} just before its end. */
    public static byte[] withTextChunk(byte[] png, String text) {
        byte[] type = "tEXt".getBytes(StandardCharsets.US_ASCII);
        byte[] data = ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data);
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type).put(data).putInt((int) crc.getValue());
        return splice(png, png.length - 12, chunk.array());
    }

    /** A valid PNG header claiming {@code width × height} pixels, followed by no real image data. */
    public static byte[] pngHeaderOnly(int width, int height) {
        byte[] type = "IHDR".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer data = ByteBuffer.allocate(13).putInt(width).putInt(height);
        data.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 12 + 13);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        png.putInt(13).put(type).put(data.array()).putInt((int) crc.getValue());
        return png.array();
    }

    public static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code needle} occurs anywhere in {@code bytes}. */
    public static boolean contains(byte[] bytes, String needle) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(needle);
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int value) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static byte[] splice(byte[] bytes, int at, byte[] insert) {
        byte[] result = new byte[bytes.length + insert.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(insert, 0, result, at, insert.length);
        System.arraycopy(bytes, at, result, at + insert.length, bytes.length - at);
        return result;
    }

    private static BufferedImage halves(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
