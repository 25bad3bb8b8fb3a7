package org.newsline.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.article.ArticleBuilder.story;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.MutableClock;
import org.newsline.SiteClient;
import org.newsline.article.ArticlePaths;
import org.newsline.article.ArticleRepository;
import org.newsline.article.ArticleWriter;
import org.newsline.media.MediaStore;
import org.newsline.platform.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SitemapIntegrationTests {

    private static int sequence;

    @Autowired
    ArticleWriter writer;

    @Autowired
    org.newsline.article.CatalogWriter catalog;

    @Autowired
    ArticleRepository articles;

    @Autowired
    ArticlePaths paths;

    @Autowired
    MediaStore media;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    @Value("${newsline.site.base-url}")
    String origin;

    SiteClient site;
    Instant now;
    String prefix;

    @BeforeEach
    void setUp() {
        site = new SiteClient(port);
        now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        prefix = "sitemap-" + System.nanoTime() + "-" + (++sequence);
    }

    private String monthSitemap(Instant publishedAt) {
        return "/sitemaps/" + YearMonth.from(publishedAt.atZone(paths.zone())) + ".xml";
    }

    private String absolute(String path) {
        return origin + path;
    }

    private String path(Language language, Instant publishedAt, String slug) {
        return paths.article(language, publishedAt, slug);
    }

    @Test
    void monthlySitemapListsEachLanguageVersionWithItsAlternatesAndPhoto() {
        Instant publishedAt = now.minus(Duration.ofHours(2));
        long english = story(writer)
                .slug(prefix + "-en")
                .photo(FeedFixtures.photo(media, catalog))
                .publishedAt(publishedAt);
        story(writer)
                .in(Language.RU)
                .slug(prefix + "-ru")
                .translationOf(articles.translationSetOf(english))
                .publishedAt(publishedAt);

        HttpResponse<String> response = site.get(monthSitemap(publishedAt));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
        Document xml = FeedFixtures.xml(response.body());
        String englishUrl = absolute(path(Language.EN, publishedAt, prefix + "-en"));
        String russianUrl = absolute(path(Language.RU, publishedAt, prefix + "-ru"));
        var entry = xml.select("url:has(> loc:containsOwn(" + englishUrl + "))");
        assertThat(entry).hasSize(1);
        assertThat(entry.select("xhtml|link").eachAttr("hreflang")).containsExactly("ru", "en");
        assertThat(entry.select("xhtml|link[hreflang=ru]").attr("href")).isEqualTo(russianUrl);
        assertThat(entry.select("image|image > image|loc").text()).contains("/media/");
        assertThat(xml.select("url > loc").eachText()).contains(russianUrl);
    }

    @Test
    void indexNamesTheMonthAndRobotsNameTheSitemaps() {
        Instant publishedAt = now.minus(Duration.ofHours(1));
        story(writer).slug(prefix).publishedAt(publishedAt);

        Document index = FeedFixtures.xml(site.get("/sitemap.xml").body());
        String robots = site.get("/robots.txt").body();

        assertThat(index.select("sitemapindex > sitemap > loc").eachText())
                .contains(absolute(monthSitemap(publishedAt)), absolute("/sitemaps/sections.xml"));
        assertThat(robots)
                .contains("Sitemap: " + absolute("/sitemap.xml"))
                .contains("Sitemap: " + absolute("/sitemaps/news-az.xml"));
    }

    @Test
    void newsSitemapHoldsOnlyTheLast48Hours() {
        Instant recent = now.minus(Duration.ofHours(47));
        Instant old = now.minus(Duration.ofHours(49));
        story(writer).slug(prefix + "-recent").headline("Recent " + prefix).publishedAt(recent);
        story(writer).slug(prefix + "-old").headline("Old " + prefix).publishedAt(old);

        Document news = FeedFixtures.xml(site.get("/sitemaps/news-en.xml").body());

        assertThat(news.select("url > loc").eachText())
                .contains(absolute(path(Language.EN, recent, prefix + "-recent")))
                .doesNotContain(absolute(path(Language.EN, old, prefix + "-old")));
        var entry = news.select("url:has(news|title:containsOwn(Recent " + prefix + "))");
        assertThat(entry.select("news|publication > news|name").text()).isNotBlank();
        assertThat(entry.select("news|publication > news|language").text()).isEqualTo("en");
        assertThat(news.select("url > loc").eachText())
                .allSatisfy(loc -> assertThat(loc).contains("/en/"));
        // The old story is still in its monthly sitemap.
        assertThat(site.get(monthSitemap(old)).body()).contains(path(Language.EN, old, prefix + "-old"));
    }

    @Test
    void unpublishedStoryDisappearsFromSitemaps() {
        Instant publishedAt = now.minus(Duration.ofHours(3));
        long id = story(writer).slug(prefix).publishedAt(publishedAt);
        String address = path(Language.EN, publishedAt, prefix) + "<";
        assertThat(site.get(monthSitemap(publishedAt)).body()).contains(address);
        assertThat(site.get("/sitemaps/news-en.xml").body()).contains(address);

        writer.unpublish(id, "Withdrawn for a test.");

        assertThat(site.get(monthSitemap(publishedAt)).body()).doesNotContain(address);
        assertThat(site.get("/sitemaps/news-en.xml").body()).doesNotContain(address);
    }

    @Test
    void sitemapsThatCannotExistAnswer404() {
        assertThat(site.get("/sitemaps/2026-13.xml").statusCode()).isEqualTo(404);
        assertThat(site.get("/sitemaps/2026-11-1.xml").statusCode()).isEqualTo(404);
        assertThat(site.get("/sitemaps/news-de.xml").statusCode()).isEqualTo(404);
        assertThat(site.get("/sitemaps/anything.xml").statusCode()).isEqualTo(404);
    }
}
