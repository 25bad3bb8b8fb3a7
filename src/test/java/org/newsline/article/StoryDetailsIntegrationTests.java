package org.newsline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.article.ArticleBuilder.story;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.platform.Language;
import org.newsline.platform.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A story read for its page carries its bylines, tags and corrections exactly as stored, in their order. */
@IntegrationTest
class StoryDetailsIntegrationTests {

    @Autowired
    ArticleWriter writer;

    @Autowired
    CatalogWriter catalog;

    @Autowired
    ArticleRepository articles;

    @Autowired
    JdbcClient jdbc;

    @Test
    void bylinesInTheirOrderTagsBySlugAndCorrectionsWithTheirTimes() {
        long n = System.nanoTime();
        Author second = catalog.createAuthor(
                "zeta-" + n,
                new LocalizedText("Zeta", "Зета", "Zeta \"Z\" O'Neil"),
                new LocalizedText("", "", "U.S. correspondent"),
                new LocalizedText("bio az", "", "Line one\nline two <b>"));
        Author first = ArticleBuilder.author(catalog, "Reporter");
        Tag later = catalog.tag("zz-" + n, new LocalizedText("Z az", "Z ru", "Z en"));
        Tag earlier = catalog.tag("aa-" + n, new LocalizedText("A az", "A ru", "A en"));
        String slug = "detailed-" + n;
        Instant at = Instant.now().minusSeconds(60);
        long id = story(writer)
                .slug(slug)
                .by(second)
                .by(first)
                .tagged(later)
                .tagged(earlier)
                .publishedAt(at);
        writer.correct(id, "First note.");
        writer.correct(id, "Second note, with \"quotes\" and ünicode.");

        Article article = articles.findVisible(Language.EN, slug).orElseThrow();

        assertThat(article.authors()).containsExactly(second, first);
        assertThat(article.tags()).containsExactly(earlier, later);
        List<Instant> stored = jdbc.sql(
                        "SELECT noted_at FROM article_correction WHERE article_id = :id ORDER BY noted_at, id")
                .param("id", id)
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .list();
        assertThat(article.corrections())
                .containsExactly(
                        new Correction(stored.get(0), "First note."),
                        new Correction(stored.get(1), "Second note, with \"quotes\" and ünicode."));
    }

    @Test
    void aStoryWithoutBylinesTagsOrCorrectionsHasEmptyLists() {
        String slug = "bare-" + System.nanoTime();
        story(writer).slug(slug).publishedAt(Instant.now().minusSeconds(60));

        Article article = articles.findVisible(Language.EN, slug).orElseThrow();

        assertThat(article.tags()).isEmpty();
        assertThat(article.corrections()).isEmpty();
    }
}
