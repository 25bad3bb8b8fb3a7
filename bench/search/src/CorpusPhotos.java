import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * The bench corpus's shared photo pool: painted 1280x720 street scenes stored the way the app stores an
 * upload (a JPEG original in media_file and one JPEG rendition per srcset width narrower than the original
 * in media_rendition), so that pages and image requests cost what real photos cost. Stories share the pool:
 * a few hundred files keep the database small while every lead story still has a picture.
 */
final class CorpusPhotos {

    static final int WIDTH = 1280;
    static final int HEIGHT = 720;

    // The app's default rendition widths (MediaProperties.DEFAULT_WIDTHS: 320, 640, 960, 1280) that are
    // narrower than the original; the app skips 1280 for a 1280-wide image because the original serves it.
    private static final int[] RENDITION_WIDTHS = {320, 640, 960};

    // Same qualities as the app's ImageEncoder, so byte sizes match what an upload would give.
    private static final float ORIGINAL_QUALITY = 0.88f;
    private static final float RENDITION_QUALITY = 0.82f;

    private record Encoded(UUID id, byte[] original, List<byte[]> renditions) {}

    /** Totals of what was stored, for the generator's summary. */
    record Stored(List<UUID> ids, long bytes) {}

    private CorpusPhotos() {}

    /**
     * Paints and stores {@code count} photos; the same index always gives the same picture and id, and a
     * photo already stored (same id) is left as it is.
     */
    static Stored store(Connection db, int count, Instant createdAt) throws Exception {
        // Painting and encoding is most of the work; both cores share it.
        List<Encoded> photos = IntStream.range(0, count)
                .parallel()
                .mapToObj(CorpusPhotos::encode)
                .toList();
        Timestamp at = Timestamp.from(createdAt);
        long bytes = 0;
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement file = db.prepareStatement("""
                        INSERT INTO media_file (id, content_type, width, height, byte_size, sha256, data, created_at)
                        VALUES (?, 'image/jpeg', ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""");
                PreparedStatement rendition = db.prepareStatement("""
                        INSERT INTO media_rendition (media_id, width, height, content_type, byte_size, sha256, data, created_at)
                        VALUES (?, ?, ?, 'image/jpeg', ?, ?, ?, ?) ON CONFLICT (media_id, width) DO NOTHING""")) {
            for (int i = 0; i < photos.size(); i++) {
                Encoded photo = photos.get(i);
                file.setObject(1, photo.id());
                file.setInt(2, WIDTH);
                file.setInt(3, HEIGHT);
                file.setInt(4, photo.original().length);
                file.setString(5, sha256(photo.original()));
                file.setBytes(6, photo.original());
                file.setTimestamp(7, at);
                file.addBatch();
                bytes += photo.original().length;
                for (int r = 0; r < RENDITION_WIDTHS.length; r++) {
                    byte[] data = photo.renditions().get(r);
                    rendition.setObject(1, photo.id());
                    rendition.setInt(2, RENDITION_WIDTHS[r]);
                    rendition.setInt(3, heightAt(RENDITION_WIDTHS[r]));
                    rendition.setInt(4, data.length);
                    rendition.setString(5, sha256(data));
                    rendition.setBytes(6, data);
                    rendition.setTimestamp(7, at);
                    rendition.addBatch();
                    bytes += data.length;
                }
                ids.add(photo.id());
                if (i % 20 == 19 || i == photos.size() - 1) {
                    file.executeBatch(); // files first: renditions refer to them
                    rendition.executeBatch();
                }
            }
        }
        db.commit();
        return new Stored(ids, bytes);
    }

    private static int heightAt(int width) {
        return (int) Math.max(1, Math.round((double) HEIGHT * width / WIDTH));
    }

    private static Encoded encode(int index) {
        BufferedImage image = paint(new SplittableRandom(7_000_003L * (index + 1)));
        List<byte[]> renditions = new ArrayList<>();
        for (int width : RENDITION_WIDTHS) {
            try {
                // Thumbnailator, as the app's Renditions uses, so the scaled pixels look alike.
                renditions.add(jpeg(
                        Thumbnails.of(image).forceSize(width, heightAt(width)).asBufferedImage(),
                        RENDITION_QUALITY));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        UUID id = UUID.nameUUIDFromBytes(("newsline-bench-photo-" + index).getBytes());
        return new Encoded(id, jpeg(image, ORIGINAL_QUALITY), renditions);
    }

    /** A skyline against a sky, with lit windows and some grain so the JPEG is about a photo's size. */
    private static BufferedImage paint(SplittableRandom random) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float hue = (float) random.nextDouble();
            g.setPaint(new GradientPaint(
                    0, 0, Color.getHSBColor(hue, 0.55f, 0.45f + 0.4f * (float) random.nextDouble()),
                    0, HEIGHT * 0.7f, Color.getHSBColor(hue + 0.08f, 0.35f, 0.95f)));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(255, 236, 180));
            int sun = 60 + random.nextInt(80);
            g.fillOval(random.nextInt(WIDTH - sun), 40 + random.nextInt(200), sun, sun);
            for (int layer = 0; layer < 3; layer++) {
                int shade = 30 + layer * 35 + random.nextInt(20);
                int base = HEIGHT - 120 + layer * 40;
                for (int x = -20; x < WIDTH; ) {
                    int w = 40 + random.nextInt(110);
                    int h = 80 + random.nextInt(330 - layer * 60);
                    g.setColor(new Color(shade, shade + 5, shade + 15));
                    g.fillRect(x, base - h, w, h + 200);
                    g.setColor(new Color(250, 220, 120));
                    for (int wy = base - h + 12; wy < base - 10; wy += 18) {
                        for (int wx = x + 8; wx < x + w - 8; wx += 14) {
                            if (random.nextInt(4) == 0) {
                                g.fillRect(wx, wy, 6, 9);
                            }
                        }
                    }
                    x += w + random.nextInt(12);
                }
            }
        } finally {
            g.dispose();
        }
        // Grain: a camera's noise is what makes real photos large; flat shapes alone compress too well.
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            int rgb = pixels[i];
            int n = random.nextInt(9) - 4;
            pixels[i] = (clamp(((rgb >> 16) & 0xff) + n) << 16) | (clamp(((rgb >> 8) & 0xff) + n) << 8)
                    | clamp((rgb & 0xff) + n);
        }
        return image;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
