package org.newsline.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ExifOrientationTests {

    @Test
    void orientationIsReadFromTheExifSegment() {
        for (int orientation = 1; orientation <= 8; orientation++) {
            byte[] jpeg = TestImages.withExif(TestImages.jpeg(8, 4), orientation, "x");
            assertThat(ExifOrientation.of(jpeg)).isEqualTo(orientation);
        }
    }

    @Test
    void missingOrMalformedExifCountsAsUpright() {
        byte[] withExif = TestImages.withExif(TestImages.jpeg(8, 4), 6, "x");

        assertThat(ExifOrientation.of(TestImages.jpeg(8, 4))).isEqualTo(1);
        assertThat(ExifOrientation.of(new byte[] {1, 2, 3})).isEqualTo(1);
        assertThat(ExifOrientation.of(TestImages.png(8, 4))).isEqualTo(1);
        for (int cut = 0; cut < 120; cut++) {
            assertThat(ExifOrientation.of(Arrays.copyOf(withExif, cut))).isBetween(1, 8);
        }
    }

    @Test
    void eachOrientationIsTurnedUpright() {
        // red left half, blue right half, as the camera stored it
        BufferedImage stored = TestImages.read(TestImages.jpeg(80, 40));

        assertThat(ExifOrientation.apply(stored, 1)).isSameAs(stored);
        assertRedAt(ExifOrientation.apply(stored, 2), 60, 20); // mirrored: red moves right
        assertRedAt(ExifOrientation.apply(stored, 3), 60, 20);
        assertRedAt(ExifOrientation.apply(stored, 6), 20, 10); // a quarter clockwise: red on top
        assertRedAt(ExifOrientation.apply(stored, 8), 20, 70); // a quarter anticlockwise: red below
        assertThat(ExifOrientation.apply(stored, 5).getWidth()).isEqualTo(40);
        assertThat(ExifOrientation.apply(stored, 7).getHeight()).isEqualTo(80);
    }

    private static void assertRedAt(BufferedImage image, int x, int y) {
        assertThat(image.getRGB(x, y) >> 16 & 0xFF).isGreaterThan(200);
    }
}
