package org.newsline.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Hostile files straight at the decoder: each is either refused with an {@link InvalidImageException} or
 * decoded into a real bitmap, never anything else, and never a bitmap larger than the pixel limit.
 */
class ImageDecoderAbuseTests {

    private static final long MAX_PIXELS = 50_000_000L;

    private final ImageDecoder decoder = new ImageDecoder(20L * 1024 * 1024, MAX_PIXELS);

    @Test
    void markupNamedLikeAPhotoIsRefused() {
        assertThatThrownBy(() -> decoder.decode(HostileImages.htmlPage(), "photo.jpg"))
                .isInstanceOf(InvalidImageException.class)
                .hasMessage("The file 'photo.jpg' is not a JPEG, PNG or WebP image.");
        assertThatThrownBy(() -> decoder.decode(HostileImages.svgWithScript(), "logo.jpg"))
                .isInstanceOf(InvalidImageException.class)
                .hasMessage("The file 'logo.jpg' is not a JPEG, PNG or WebP image.");
    }

    @Test
    void gifThatIsAlsoAScriptIsRefusedAsAGif() {
        assertThatThrownBy(() -> decoder.decode(HostileImages.gifScriptPolyglot(), "pic.jpg"))
                .isInstanceOf(InvalidImageException.class)
                .hasMessage("The file 'pic.jpg' is a GIF image; only JPEG, PNG and WebP images are accepted.");
    }

    @Test
    void decompressionBombIsRefusedFromItsHeaderWithoutInflatingIt() {
        byte[] bomb = HostileImages.pngBomb(20_000, 20_000);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        long started = System.nanoTime();
        assertThatThrownBy(() -> decoder.decode(bomb, "bomb.png"))
                .isInstanceOf(InvalidImageException.class)
                .hasMessage(
                        "The file 'bomb.png' is 20000 × 20000 pixels (400.0 megapixels); the limit is 50 megapixels.");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);
    }

    @Test
    void jpegClaimingHugeDimensionsIsRefusedFromItsHeader() {
        assertThatThrownBy(() -> decoder.decode(HostileImages.jpegDeclaring(65_000, 65_000), "flood.jpg"))
                .isInstanceOf(InvalidImageException.class)
                .hasMessageStartingWith("The file 'flood.jpg' is 65000 × 65000 pixels");
    }

    @Test
    void truncatedImagesAreRefusedAsDamaged() {
        byte[] jpeg = HostileImages.noisyJpeg(160, 120, 1);
        byte[] png = HostileImages.noisyPng(160, 120, 2);
        for (double kept : new double[] {0.1, 0.5, 0.9, 0.99}) {
            for (byte[] image : List.of(jpeg, png)) {
                byte[] cut = Arrays.copyOf(image, (int) (image.length * kept));
                assertThatThrownBy(() -> decoder.decode(cut, "cut.jpg"))
                        .as("%d of %d bytes", cut.length, image.length)
                        .isInstanceOf(InvalidImageException.class)
                        .hasMessage("The file 'cut.jpg' could not be decoded as an image; it may be damaged.");
            }
        }
    }

    @Test
    void mutatedImagesAreEitherRefusedOrDecodedWithinTheLimits() {
        List<byte[]> originals = List.of(
                HostileImages.noisyJpeg(96, 64, 3),
                HostileImages.noisyPng(96, 64, 4),
                TestImages.fixture("opaque.webp"),
                TestImages.fixture("transparent.webp"));
        Random random = new Random(20261129L);
        List<String> outcomes = new ArrayList<>();
        for (int round = 0; round < 150; round++) {
            for (byte[] original : originals) {
                byte[] mutated = HostileImages.mutate(original, 4, 1 + random.nextInt(12), random);
                try {
                    ImageDecoder.Decoded decoded = decoder.decode(mutated, "mutated.jpg");
                    long pixels =
                            (long) decoded.image().getWidth() * decoded.image().getHeight();
                    assertThat(pixels).isPositive().isLessThanOrEqualTo(MAX_PIXELS);
                    outcomes.add("decoded");
                } catch (InvalidImageException refused) {
                    assertThat(refused.getMessage()).startsWith("The file 'mutated.jpg' ");
                    outcomes.add("refused");
                } catch (Throwable other) {
                    fail("round " + round + ": " + other, other);
                }
            }
        }
        assertThat(outcomes).contains("refused").hasSize(600);
    }
}
