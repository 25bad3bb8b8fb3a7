package org.newsline.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.article.ArticleBuilder;
import org.newsline.article.ArticleWriter;
import org.newsline.article.Author;
import org.newsline.article.CatalogWriter;
import org.newsline.article.PhotoSource;
import org.newsline.article.Tag;
import org.newsline.article.Urgency;
import org.newsline.media.MediaStore;
import org.newsline.platform.Language;
import org.newsline.platform.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class WireFormatsIntegrationTests {

    @Autowired
    ArticleWriter writer;

    @Autowired
    CatalogWriter catalog;

    @Autowired
    MediaStore media;

    @Autowired
    ItemReader items;

    @Autowired
    WireRenderer renderer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private long richStory() throws IOException {
        Author author = ArticleBuilder.author(catalog, "Correspondent");
        Tag tag = ArticleBuilder.tag(catalog);
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", jpeg);
        long photo = catalog.createPhoto(
                media.store(jpeg.toByteArray(), "image/jpeg").id(),
                new LocalizedText("Liman", "Порт & краны <ночью>", "Harbour"),
                "Photo: Newsline",
                PhotoSource.STAFF,
                "");
        return ArticleBuilder.story(writer)
                .in(Language.RU)
                .headline("Парламент принял бюджет & <закон> " + System.nanoTime())
                .body("Первый абзац с **жирным**.\n\n<script>alert(1)</script>Второй абзац.")
                .category("politics")
                .by(author)
                .tagged(tag)
                .photo(photo)
                .urgency(Urgency.URGENT)
                .publishedAt(clock.instant().minusSeconds(5));
    }

    private WireItem latest(long id) {
        ChangeRef change = jdbc.sql(
                        "SELECT id, article_id, kind, version FROM change_log WHERE article_id = :id ORDER BY id DESC LIMIT 1")
                .param("id", id)
                .query((rs, row) -> new ChangeRef(
                        rs.getLong("id"), rs.getLong("article_id"), rs.getString("kind"), rs.getInt("version")))
                .single();
        return items.read(change).orElseThrow();
    }

    private void assertValidInEveryFormat(WireItem item) {
        WireStandards.assertValidNinjs("2.1", renderer.item(item, WireFormat.NINJS));
        WireStandards.assertValidNinjs("3.1", renderer.item(item, WireFormat.NINJS3));
        WireStandards.assertValidNewsml(renderer.item(item, WireFormat.NEWSML));
    }

    @Test
    void aPublishedStoryWithPhotoBylineAndTagsIsValidInEveryFormat() throws IOException {
        WireItem item = latest(richStory());
        assertValidInEveryFormat(item);

        String ninjs = renderer.item(item, WireFormat.NINJS);
        assertThat(ninjs)
                .contains("\"pubstatus\":\"usable\"", "\"urgency\":3", "\"language\":\"ru\"", "\"located\":\"Baku\"")
                .contains("\"rel\":\"category\"", "\"literal\":\"politics\"", "\"rel\":\"tag\"")
                .contains("\"name\":\"mainpicture\"", "Порт & краны <ночью>", "\"by\":\"Photo: Newsline\"")
                .contains("\"by\":\"Тест Автор\"")
                .doesNotContain("<script>");
        assertThat(renderer.item(item, WireFormat.NINJS3))
                .contains("\"pubStatus\":\"usable\"", "\"versionCreated\"", "\"contentType\":\"text/html\"");
        assertThat(renderer.item(item, WireFormat.NEWSML))
                .contains("<pubStatus qcode=\"stat:usable\"/>", "<urgency>3</urgency>", "xml:lang=\"ru\"")
                .contains("&lt;закон&gt;", "<creditline>Photo: Newsline</creditline>");
    }

    @Test
    void aCorrectionCarriesItsNoteAndAKillIsCanceled() throws IOException {
        long id = richStory();
        writer.correct(id, "The vote count was 81, not 18.");
        WireItem corrected = latest(id);
        assertThat(corrected.change()).isEqualTo("corrected");
        assertThat(renderer.item(corrected, WireFormat.NINJS))
                .contains("\"ednote\":\"Correction: The vote count was 81, not 18.\"");
        assertValidInEveryFormat(corrected);

        writer.unpublish(id, "Legal advice");
        WireItem killed = latest(id);
        assertThat(killed.version()).isGreaterThan(corrected.version());
        assertThat(renderer.item(killed, WireFormat.NINJS)).contains("\"pubstatus\":\"canceled\"", "Withdrawn: Legal");
        assertThat(renderer.item(killed, WireFormat.NINJS3)).contains("\"pubStatus\":\"canceled\"");
        assertThat(renderer.item(killed, WireFormat.NEWSML)).contains("stat:canceled");
        assertValidInEveryFormat(killed);
    }

    @Test
    void anEmbargoedStoryIsAnnouncedWithItsEmbargoTime() {
        Instant embargo = clock.instant().plus(Duration.ofHours(2));
        long id = ArticleBuilder.story(writer)
                .embargoUntil(embargo)
                .publishedAt(clock.instant().minusSeconds(1));
        WireItem item = latest(id);
        assertThat(item.change()).isEqualTo("embargoed");
        String time = NinjsWriter.time(embargo);
        assertThat(renderer.item(item, WireFormat.NINJS)).contains("\"embargoed\":\"" + time + "\"");
        assertThat(renderer.item(item, WireFormat.NINJS3)).contains("\"embargoedUntil\":\"" + time + "\"");
        assertThat(renderer.item(item, WireFormat.NEWSML)).contains("<embargoed>" + time + "</embargoed>");
        assertValidInEveryFormat(item);
    }

    @Test
    void aPullPageIsValidInEveryFormat() throws IOException {
        WireItem item = latest(richStory());
        String ninjsPage = renderer.page(java.util.List.of(item), "42", WireFormat.NINJS);
        assertThat(ninjsPage).startsWith("{\"next\":\"42\",\"items\":[{\"uri\":");
        String message = renderer.page(java.util.List.of(item, item), "42", WireFormat.NEWSML);
        assertThat(message).contains("<transmitId>42</transmitId>");
        WireStandards.assertValidNewsml(message);
    }

    @Test
    void theCheckersRejectWhatTheSchemasForbid() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> WireStandards.assertValidNinjs("2.1", "{\"uri\":\"x:1\",\"pubstatus\":\"bogus\"}"))
                .isInstanceOf(AssertionError.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> WireStandards.assertValidNinjs("3.1", "{\"uri\":\"x:1\",\"pubstatus\":\"usable\"}"))
                .isInstanceOf(AssertionError.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WireStandards.assertValidNewsml(
                        "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"x\"/>"))
                .isInstanceOf(AssertionError.class);
    }
}
