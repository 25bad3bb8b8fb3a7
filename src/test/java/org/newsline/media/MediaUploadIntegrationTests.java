package org.newsline.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Uploads are judged by decoding them, stored without metadata, and refused with a clear sentence. */
@IntegrationTest
class MediaUploadIntegrationTests {

    @Autowired
    MediaStore media;

    @Autowired
    JdbcClient jdbc;

    @Test
    void textFileRenamedToJpgIsRefusedAndNothingIsStored() {
        long before = storedFiles();
        byte[] notes = "Meeting notes: call the ministry at ten.\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> media.upload(notes, "notes.jpg"))
                .isInstanceOf(InvalidImageException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The file 'notes.jpg' is not a JPEG, PNG or WebP image.");
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeDecoding() {
        long before = storedFiles();
        byte[] huge = new byte[20 * 1024 * 1024 + 400_000];
        byte[] jpeg = TestImages.jpeg(32, 32);
        System.arraycopy(jpeg, 0, huge, 0, jpeg.length);

        assertThatThrownBy(() -> media.upload(huge, "x.png"))
                .isInstanceOf(InvalidImageException.class)
                .hasMessage("The file 'x.png' is 20.4 MB; the limit is 20 MB.");
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void imageWithTooManyPixelsIsRefusedFromItsHeader() {
        assertThatThrownBy(() -> media.upload(TestImages.pngHeaderOnly(10_000, 10_000), "bomb.png"))
                .isInstanceOf(InvalidImageException.class)
                .hasMessage("The file 'bomb.png' is 10000 × 10000 pixels (100.0 megapixels);"
                        + " the limit is 50 megapixels.");
    }

    @Test
    void otherImageFormatsAreRefusedByName() {
        assertThatThrownBy(() -> media.upload(TestImages.gif(20, 20), "/home/me/photo.jpg"))
                .isInstanceOf(InvalidImageException.class)
                .hasMessage("The file 'photo.jpg' is a GIF image; only JPEG, PNG and WebP images are accepted.");
    }

    @Test
    void emptyAndTruncatedFilesAreRefused() {
        byte[] jpeg = TestImages.jpeg(200, 100);
        byte[] truncated = java.util.Arrays.copyOf(jpeg, 40);

        assertThatThrownBy(() -> media.upload(new byte[0], "empty.jpg"))
                .isInstanceOf(InvalidImageException.class)
                .hasMessage("The file 'empty.jpg' is empty.");
        assertThatThrownBy(() -> media.upload(truncated, null))
                .isInstanceOf(InvalidImageException.class)
                .hasMessage("The uploaded file could not be decoded as an image; it may be damaged.");
    }

    @Test
    void exifAndGpsAreRemovedFromJpegAfterItsOrientationIsApplied() {
        byte[] upload = TestImages.withExif(TestImages.jpeg(80, 40), 6, "Taken at 40.4093 N 49.8671 E");
        assertThat(TestImages.contains(upload, "Exif")).isTrue();

        MediaFile file = media.upload(upload, "phone.jpg");
        byte[] stored = storedBytes(file);

        assertThat(file.contentType()).isEqualTo("image/jpeg");
        assertThat(TestImages.contains(stored, "Exif")).isFalse();
        assertThat(TestImages.contains(stored, "40.4093")).isFalse();
        assertThat(hasApp1Segment(stored)).isFalse();
        // turned a quarter clockwise: 80 × 40 becomes 40 × 80, the red left half now on top
        assertThat(file.width()).isEqualTo(40);
        assertThat(file.height()).isEqualTo(80);
        BufferedImage image = TestImages.read(stored);
        assertThat(image.getWidth()).isEqualTo(40);
        assertThat(red(image.getRGB(20, 10))).isGreaterThan(200);
        assertThat(red(image.getRGB(20, 70))).isLessThan(60);
    }

    @Test
    void pngIsAcceptedAndStoredAsPngWithoutItsTextChunks() {
        byte[] upload = TestImages.withTextChunk(TestImages.png(120, 60), "secret location");
        assertThat(TestImages.read(upload)).isNotNull();

        MediaFile file = media.upload(upload, "chart.png");
        byte[] stored = storedBytes(file);

        assertThat(file.contentType()).isEqualTo("image/png");
        assertThat(file.url()).endsWith(".png");
        assertThat(file.width()).isEqualTo(120);
        assertThat(TestImages.contains(stored, "secret location")).isFalse();
        assertThat(TestImages.read(stored).getHeight()).isEqualTo(60);
    }

    @Test
    void opaqueWebpIsAcceptedAndStoredAsJpeg() {
        MediaFile file = media.upload(TestImages.fixture("opaque.webp"), "street.webp");

        assertThat(file.contentType()).isEqualTo("image/jpeg");
        assertThat(file.width()).isEqualTo(48);
        assertThat(file.height()).isEqualTo(32);
        assertThat(TestImages.read(storedBytes(file)).getWidth()).isEqualTo(48);
    }

    @Test
    void transparentWebpIsStoredAsPngKeepingItsTransparency() {
        MediaFile file = media.upload(TestImages.fixture("transparent.webp"), "logo.webp");

        assertThat(file.contentType()).isEqualTo("image/png");
        BufferedImage image = TestImages.read(storedBytes(file));
        assertThat(image.getRGB(2, 16) >>> 24).isZero();
        assertThat(image.getRGB(45, 16) >>> 24).isEqualTo(0xFF);
    }

    @Test
    void theClaimedNameDoesNotDecideTheType() {
        MediaFile file = media.upload(TestImages.png(30, 20), "looks-like.jpg");

        assertThat(file.contentType()).isEqualTo("image/png");
    }

    private long storedFiles() {
        return jdbc.sql("SELECT count(*) FROM media_file").query(Long.class).single();
    }

    private byte[] storedBytes(MediaFile file) {
        return media.bytes(file.id()).orElseThrow();
    }

    private static int red(int rgb) {
        return rgb >> 16 & 0xFF;
    }

    /** Walks the JPEG's segments up to the image data, looking for an APP1 (EXIF or XMP) marker. */
    private static boolean hasApp1Segment(byte[] jpeg) {
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            int marker = jpeg[pos + 1] & 0xFF;
            if (marker == 0xE1) {
                return true;
            }
            if (marker == 0xDA) {
                return false;
            }
            pos += 2 + ((jpeg[pos + 2] & 0xFF) << 8 | (jpeg[pos + 3] & 0xFF));
        }
        return false;
    }
}
