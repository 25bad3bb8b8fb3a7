package org.newsline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class CachedPageTests {

    private static final byte[] PAGE =
            "<p>The ministry said the port would open in May.</p>\n".repeat(60).getBytes(StandardCharsets.UTF_8);

    @Test
    void theGzipCopyIsMadeOnlyWhenFirstAskedForAndThenKept() throws IOException {
        CachedPage page = CachedPage.of(200, "text/html;charset=UTF-8", List.of(), PAGE, Set.of("article:1"));

        assertThat(page.gzip()).isNotNull();
        assertThat(page.gzip().made()).isFalse();

        byte[] compressed = page.gzip().bytes();
        assertThat(page.gzip().made()).isTrue();
        assertThat(page.gzip().bytes()).isSameAs(compressed);
        assertThat(compressed.length).isLessThan(PAGE.length / 4);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            assertThat(in.readAllBytes()).isEqualTo(PAGE);
        }
    }

    @Test
    void theWeightCountsTheGzipCopyBeforeItIsMade() {
        CachedPage page = CachedPage.of(200, "text/html;charset=UTF-8", List.of(), PAGE, Set.of("article:1"));

        assertThat(page.weight()).isEqualTo(512 + PAGE.length + PAGE.length / 4);
    }

    @Test
    void smallBodiesAndImagesAreNeverCompressed() {
        byte[] small = "<p>short</p>".getBytes(StandardCharsets.UTF_8);

        assertThat(CachedPage.of(200, "text/html", List.of(), small, Set.of("a"))
                        .gzip())
                .isNull();
        assertThat(CachedPage.of(200, "image/jpeg", List.of(), PAGE, Set.of("a"))
                        .gzip())
                .isNull();
    }
}
