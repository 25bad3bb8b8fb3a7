package org.newsline.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Files an attacker uploads as "photos", made in memory: markup under an image's name, polyglots that are
 * an image and a script or page at once, pixel floods and byte-level mutations of real images.
 */
public final class HostileImages {

    /** What a browser would run if one of these files were ever served as a page. */
    public static final String SCRIPT = "<script>alert(document.cookie)</script>";

    private HostileImages() {}

    public static byte[] htmlPage() {
        return ("<!doctype html><html><body><h1>Photo</h1>" + SCRIPT + "</body></html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] svgWithScript() {
        return ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\""
                        + " onload=\"alert(1)\"><script>alert(2)</script><rect width=\"10\" height=\"10\"/></svg>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A GIF whose header is also the start of a JavaScript comment: {@code GIF89a/*...*}{@code /=alert(1)}
     * runs as a script and opens as an image.
     */
    public static byte[] gifScriptPolyglot() {
        byte[] gif = TestImages.gif(8, 8);
        gif[6] = '/';
        gif[7] = '*';
        return concat(gif, "*/=1;alert(1);//".getBytes(StandardCharsets.US_ASCII));
    }

    /** A real JPEG carrying a page in a comment segment and another one after its end marker. */
    public static byte[] jpegHtmlPolyglot() {
        byte[] jpeg = TestImages.jpeg(64, 48);
        byte[] comment = ("<html>" + SCRIPT + "</html>").getBytes(StandardCharsets.US_ASCII);
        int length = comment.length + 2;
        byte[] com = concat(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) (length >> 8), (byte) length}, comment);
        byte[] withComment = concat(concat(Arrays.copyOf(jpeg, 2), com), Arrays.copyOfRange(jpeg, 2, jpeg.length));
        return concat(withComment, htmlPage());
    }

    /** A small real JPEG whose frame header claims {@code width × height} pixels. */
    public static byte[] jpegDeclaring(int width, int height) {
        byte[] jpeg = TestImages.jpeg(16, 16);
        for (int i = 2; i + 8 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                jpeg[i + 5] = (byte) (height >> 8);
                jpeg[i + 6] = (byte) height;
                jpeg[i + 7] = (byte) (width >> 8);
                jpeg[i + 8] = (byte) width;
                return jpeg;
            }
        }
        throw new IllegalStateException("No baseline frame header in the test JPEG");
    }

    /**
     * A complete grey PNG of {@code width × height} black pixels: a few hundred kilobytes that inflate to
     * {@code width × height} bytes of pixels, and far more once decoded into a bitmap.
     */
    public static byte[] pngBomb(int width, int height) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] row = new byte[width + 1]; // filter byte 0, then black pixels
        byte[] buffer = new byte[64 * 1024];
        for (int y = 0; y < height; y++) {
            deflater.setInput(row);
            while (!deflater.needsInput()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
        header.put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        png.writeBytes(chunk("IHDR", header.array()));
        png.writeBytes(chunk("IDAT", compressed.toByteArray()));
        png.writeBytes(chunk("IEND", new byte[0]));
        return png.toByteArray();
    }

    /** A JPEG of random noise, so that every part of its data matters to the picture. */
    public static byte[] noisyJpeg(int width, int height, long seed) {
        return TestImages.encode(noise(width, height, seed), "jpg");
    }

    public static byte[] noisyPng(int width, int height, long seed) {
        return TestImages.encode(noise(width, height, seed), "png");
    }

    /**
     * A copy with {@code count} bytes overwritten at random places after the first {@code keep} bytes, the
     * way a fuzzer such as zzuf damages a file while keeping its signature.
     */
    public static byte[] mutate(byte[] original, int keep, int count, Random random) {
        byte[] copy = original.clone();
        for (int i = 0; i < count; i++) {
            int at = keep + random.nextInt(copy.length - keep);
            copy[at] = switch (random.nextInt(4)) {
                case 0 -> (byte) 0xFF;
                case 1 -> 0;
                case 2 -> (byte) (copy[at] ^ (1 << random.nextInt(8)));
                default -> (byte) random.nextInt(256);
            };
        }
        return copy;
    }

    private static BufferedImage noise(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length)
                .put(name)
                .put(data)
                .putInt((int) crc.getValue())
                .array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }
}
