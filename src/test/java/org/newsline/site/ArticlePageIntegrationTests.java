package org.newsline.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.article.ArticleBuilder.story;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.MutableClock;
import org.newsline.SiteClient;
import org.newsline.article.ArticleBuilder;
import org.newsline.article.ArticlePaths;
import org.newsline.article.ArticleRepository;
import org.newsline.article.ArticleWriter;
import org.newsline.article.Author;
import org.newsline.article.CatalogWriter;
import org.newsline.article.PhotoSource;
import org.newsline.article.Tag;
import org.newsline.media.MediaFile;
import org.newsline.media.MediaStore;
import org.newsline.platform.Language;
import org.newsline.platform.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ArticlePageIntegrationTests {

    @Autowired
    ArticleWriter writer;

    @Autowired
    CatalogWriter catalog;

    @Autowired
    ArticleRepository articles;

    @Autowired
    ArticlePaths paths;

    @Autowired
    MediaStore media;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    SiteClient site;
    Author author;
    Tag tag;
    Instant publishedAt;

    @BeforeEach
    void setUp() {
        site = new SiteClient(port);
        author = ArticleBuilder.author(catalog, "U.S. correspondent");
        tag = ArticleBuilder.tag(catalog);
        publishedAt = clock.instant().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    }

    private long photo() throws IOException {
        BufferedImage image = new BufferedImage(700, 394, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        MediaFile file = media.upload(out.toByteArray(), "minister.jpg");
        return catalog.createPhoto(
                file.id(),
                new LocalizedText("Nazir brifinqdə", "Министр на брифинге", "The minister at the briefing"),
                "Photo from open sources",
                PhotoSource.OPEN_SOURCES,
                "Editorial use only");
    }

    @Test
    void articleShowsEverythingAReaderExpects() throws IOException {
        String slug = "full-story-" + author.slug();
        story(writer)
                .slug(slug)
                .headline("Minister says talks will continue " + author.slug())
                .body("The minister said talks **will continue**.\n\nAnother paragraph.")
                .by(author)
                .tagged(tag)
                .photo(photo())
                .publishedAt(publishedAt);

        Document page = site.page(paths.article(Language.EN, publishedAt, slug));

        assertThat(page.select("h1").text()).startsWith("Minister says talks will continue");
        assertThat(page.select(".story-body strong").text()).isEqualTo("will continue");
        assertThat(page.select("figure.photo img").attr("src")).startsWith("/media/");
        assertThat(page.select("figure.photo img").attr("alt")).isEqualTo("The minister at the briefing");
        assertThat(page.select("figure.photo figcaption").text()).contains("Photo from open sources");
        assertThat(page.select(".byline a[rel=author]").attr("href")).isEqualTo("/en/author/" + author.slug());
        assertThat(page.select(".byline").text()).contains("U.S. correspondent");
        assertThat(page.select(".dateline .place").text()).isEqualTo("Baku");
        assertThat(page.select(".crumbs a").eachAttr("href")).containsExactly("/en/", "/en/politics/");
        assertThat(page.select(".story-tags a").attr("href")).isEqualTo("/en/tag/" + tag.slug());
        assertThat(page.select("link[rel=canonical]").attr("href"))
                .endsWith(paths.article(Language.EN, publishedAt, slug));

        HttpResponse<String> image = site.get(page.select("figure.photo img").attr("src"));
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    }

    @Test
    void photoOffersItsRenditionsThroughSrcsetOnTheArticleAndOnCards() throws IOException {
        String slug = "photo-story-" + author.slug();
        story(writer).slug(slug).tagged(tag).photo(photo()).publishedAt(publishedAt);

        Document page = site.page(paths.article(Language.EN, publishedAt, slug));

        var img = page.selectFirst("figure.photo img");
        String original = img.attr("src");
        String base = original.substring(0, original.length() - ".jpg".length());
        assertThat(img.attr("srcset"))
                .isEqualTo(base + "/320.jpg 320w, " + base + "/640.jpg 640w, " + original + " 700w");
        assertThat(img.attr("sizes")).isNotBlank();
        assertThat(img.attr("width")).isEqualTo("700");
        assertThat(img.attr("height")).isEqualTo("394");
        HttpResponse<String> rendition = site.get(base + "/640.jpg");
        assertThat(rendition.statusCode()).isEqualTo(200);
        assertThat(rendition.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");

        Document tagPage = site.page("/en/tag/" + tag.slug());
        var card = tagPage.selectFirst(".card:has(a[href$=" + slug + "]) img");
        assertThat(card.attr("srcset")).isEqualTo(img.attr("srcset"));
        assertThat(card.attr("sizes")).isNotBlank();
    }

    @Test
    void cardWithoutPhotoHasNoImage() {
        String slug = "no-photo-" + author.slug();
        story(writer).slug(slug).tagged(tag).publishedAt(publishedAt);

        Document tagPage = site.page("/en/tag/" + tag.slug());

        assertThat(tagPage.select(".card:has(a[href$=" + slug + "]) img")).isEmpty();
    }

    @Test
    void scriptsAndEventHandlersInTheBodyAreRemoved() {
        String slug = "hostile-body-" + author.slug();
        story(writer).slug(slug).body("""
                        Safe text.<script>alert('x')</script>

                        <img src="x" onerror="alert('y')"> <a href="javascript:alert('z')">click</a>

                        <p onclick="steal()">paragraph</p><iframe src="https://evil.example"></iframe>
                        <svg onload="alert(1)"></svg>

                        [link](javascript:alert(2))
                        """).publishedAt(publishedAt);

        Document page = site.page(paths.article(Language.EN, publishedAt, slug));
        String body = page.select(".story-body").html();

        assertThat(body).contains("Safe text.").contains("paragraph");
        assertThat(body.toLowerCase())
                .doesNotContain("<script")
                .doesNotContain("onerror")
                .doesNotContain("onclick")
                .doesNotContain("onload")
                .doesNotContain("href=\"javascript:")
                .doesNotContain("<iframe")
                .doesNotContain("<svg");
    }

    @Test
    void headlineWithMarkupIsShownAsText() {
        String slug = "escaped-headline-" + author.slug();
        story(writer)
                .slug(slug)
                .headline("<b onmouseover=alert(1)>Bold</b> claim")
                .publishedAt(publishedAt);

        Document page = site.page(paths.article(Language.EN, publishedAt, slug));

        assertThat(page.select("h1").text()).isEqualTo("<b onmouseover=alert(1)>Bold</b> claim");
        assertThat(page.select("h1 b")).isEmpty();
    }

    @Test
    void translationsLinkToEachOtherWithHreflangAlternates() {
        long english = story(writer).slug("talks-" + author.slug()).publishedAt(publishedAt);
        long set = articles.translationSetOf(english);
        story(writer)
                .in(Language.RU)
                .translationOf(set)
                .slug("peregovory-" + author.slug())
                .headline("Переговоры продолжатся " + author.slug())
                .publishedAt(publishedAt);
        story(writer)
                .in(Language.AZ)
                .translationOf(set)
                .slug("danisiqlar-" + author.slug())
                .headline("Danışıqlar davam edəcək " + author.slug())
                .publishedAt(publishedAt);
        String russianPath = paths.article(Language.RU, publishedAt, "peregovory-" + author.slug());

        Document page = site.page(paths.article(Language.EN, publishedAt, "talks-" + author.slug()));

        assertThat(page.select(".other-languages a").eachAttr("href"))
                .containsExactly(paths.article(Language.AZ, publishedAt, "danisiqlar-" + author.slug()), russianPath);
        assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
                .containsExactly("az", "ru", "en");
        assertThat(page.select(".langs a[hreflang=ru]").attr("href")).isEqualTo(russianPath);
        Document russian = site.page(russianPath);
        assertThat(russian.select("html").attr("lang")).isEqualTo("ru");
        assertThat(russian.select(".other-languages").text()).contains("English");
    }

    @Test
    void oldSlugAnswers301WithTheCurrentAddress() {
        long id = story(writer).slug("first-slug-" + author.slug()).publishedAt(publishedAt);
        var draft = story(writer).slug("second-slug-" + author.slug()).toDraft();
        writer.update(id, draft, ArticleBuilder.versionOf(jdbc, id));

        HttpResponse<String> response =
                site.get(paths.article(Language.EN, publishedAt, "first-slug-" + author.slug()));

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location"))
                .hasValue(paths.article(Language.EN, publishedAt, "second-slug-" + author.slug()));
        assertThat(site.get(paths.article(Language.EN, publishedAt, "second-slug-" + author.slug()))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void wrongDateInTheAddressAnswers301() {
        String slug = "dated-" + author.slug();
        story(writer).slug(slug).publishedAt(publishedAt);

        HttpResponse<String> response = site.get("/en/2001/01/01/" + slug);

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue(paths.article(Language.EN, publishedAt, slug));
    }

    @Test
    void correctionNoteIsShownUnderTheStory() {
        String slug = "corrected-" + author.slug();
        long id = story(writer).slug(slug).publishedAt(publishedAt);

        writer.correct(id, "An earlier version misspelt the minister's name.");

        Document page = site.page(paths.article(Language.EN, publishedAt, slug));
        assertThat(page.select(".corrections").text()).contains("An earlier version misspelt the minister's name.");
    }

    @Test
    void correspondentPageListsTheirStoriesWithRoleAndBio() {
        ArticleBuilder theirs = story(writer).by(author);
        theirs.publishedAt(publishedAt);
        ArticleBuilder someoneElses = story(writer);
        someoneElses.publishedAt(publishedAt);

        Document page = site.page("/en/author/" + author.slug());

        assertThat(page.select(".kicker").text()).isEqualTo("U.S. correspondent");
        assertThat(page.text()).contains(theirs.headline()).doesNotContain(someoneElses.headline());
    }
}
