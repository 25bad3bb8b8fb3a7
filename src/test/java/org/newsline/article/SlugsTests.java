package org.newsline.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTests {

    @Test
    void azerbaijaniLettersBecomeAscii() {
        assertThat(Slugs.fromHeadline("Əliyev Şəkidə çıxış etdi: “Güclü İqtisadiyyat”"))
                .isEqualTo("eliyev-sekide-cixis-etdi-guclu-iqtisadiyyat");
    }

    @Test
    void cyrillicIsTransliterated() {
        assertThat(Slugs.fromHeadline("Госсекретарь прибыл в Баку")).matches("gossekretar-?pribyl-v-baku");
    }

    @Test
    void longHeadlinesAreCutAtAWordBoundary() {
        String slug = Slugs.fromHeadline("word ".repeat(40));

        assertThat(slug.length()).isLessThanOrEqualTo(80);
        assertThat(slug).doesNotEndWith("-").endsWith("word");
    }

    @Test
    void headlineWithoutLettersStillGetsASlug() {
        assertThat(Slugs.fromHeadline("!!! ???")).isEqualTo("story");
    }
}
