package org.newsline.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.article.ArticleBuilder.story;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.MutableClock;
import org.newsline.SiteClient;
import org.newsline.article.ArticleBuilder;
import org.newsline.article.ArticlePaths;
import org.newsline.article.ArticleWriter;
import org.newsline.article.Author;
import org.newsline.article.Tag;
import org.newsline.media.MediaStore;
import org.newsline.platform.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class FeedIntegrationTests {

    @Autowired
    ArticleWriter writer;

    @Autowired
    org.newsline.article.CatalogWriter catalog;

    @Autowired
    ArticlePaths paths;

    @Autowired
    MediaStore media;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    SiteClient site;
    Tag tag;
    Author author;
    Instant publishedAt;

    @BeforeEach
    void setUp() {
        site = new SiteClient(port);
        tag = ArticleBuilder.tag(catalog);
        author = ArticleBuilder.author(catalog, "Economy editor");
        publishedAt = clock.instant().minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS);
    }

    private String tagFeed(String extension) {
        return "/en/tag/" + tag.slug() + "/feed." + extension;
    }

    @Test
    void rssItemCarriesLinkStableGuidDatesBylineAndCreditedPhoto() {
        String slug = "harbour-" + tag.slug();
        long id = story(writer)
                .headline("Harbour budget approved " + tag.slug())
                .slug(slug)
                .by(author)
                .tagged(tag)
                .photo(FeedFixtures.photo(media, catalog))
                .publishedAt(publishedAt);

        HttpResponse<String> response = site.get(tagFeed("rss"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/rss+xml"));
        Document rss = FeedFixtures.xml(response.body());
        assertThat(rss.select("item")).hasSize(1);
        assertThat(rss.select("item > title").text()).isEqualTo("Harbour budget approved " + tag.slug());
        assertThat(rss.select("item > link").text()).endsWith(paths.article(Language.EN, publishedAt, slug));
        assertThat(rss.select("item > guid").text()).isEqualTo("tag:newsline,2026:article-" + id);
        assertThat(rss.select("item > guid").attr("isPermaLink")).isEqualTo("false");
        assertThat(Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(
                        rss.select("item > pubDate").text())))
                .isEqualTo(publishedAt);
        assertThat(rss.select("item > dc|creator").text())
                .isEqualTo(author.name().en());
        assertThat(rss.select("item > enclosure").attr("type")).isEqualTo("image/jpeg");
        assertThat(Long.parseLong(rss.select("item > enclosure").attr("length")))
                .isPositive();
        assertThat(rss.select("media|content media|credit").text()).isEqualTo(FeedFixtures.CREDIT);
        assertThat(rss.select("channel > atom|link[rel=self]").attr("href")).endsWith(tagFeed("rss"));
        assertThat(rss.select("atom|link[rel=hub]")).as("no hub is configured").isEmpty();
    }

    /** The story's id as it ends in a feed's GUID, followed by what closes it in that format. */
    private static String guid(long id, String extension) {
        return "article-" + id + (extension.equals("json") ? "\"" : "<");
    }

    @Test
    void atomAndJsonFeedsCarryTheSameStoryWithTheSameId() {
        long id = story(writer).tagged(tag).by(author).publishedAt(publishedAt);

        Document atom = FeedFixtures.xml(site.get(tagFeed("atom")).body());
        JsonNode json =
                JsonMapper.builder().build().readTree(site.get(tagFeed("json")).body());

        assertThat(atom.select("entry > id").text()).isEqualTo("tag:newsline,2026:article-" + id);
        assertThat(atom.select("entry > author > uri").text()).endsWith("/en/author/" + author.slug());
        assertThat(atom.select("entry > published").text()).isEqualTo(publishedAt.toString());
        assertThat(json.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(json.get("items")).hasSize(1);
        assertThat(json.get("items").get(0).get("id").asString()).isEqualTo("tag:newsline,2026:article-" + id);
        assertThat(Instant.from(DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(
                        json.get("items").get(0).get("date_published").asString())))
                .isEqualTo(publishedAt);
    }

    @Test
    void unchangedFeedAnswers304ToItsETag() {
        story(writer).tagged(tag).publishedAt(publishedAt);
        HttpResponse<String> first = site.get(tagFeed("rss"));
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = site.get(tagFeed("rss"), "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void unchangedFeedAnswers304SinceItsLastModified() {
        story(writer).tagged(tag).publishedAt(publishedAt);
        HttpResponse<String> first = site.get(tagFeed("atom"));
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> again = site.get(tagFeed("atom"), "If-Modified-Since", lastModified);

        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void aNewStoryChangesTheFeedSoItIsSentAgain() {
        story(writer).tagged(tag).publishedAt(publishedAt);
        HttpResponse<String> first = site.get(tagFeed("json"));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        clock.advance(Duration.ofSeconds(5));

        story(writer).tagged(tag).publishedAt(clock.instant());
        HttpResponse<String> byTag = site.get(tagFeed("json"), "If-None-Match", etag);
        HttpResponse<String> byDate = site.get(tagFeed("json"), "If-Modified-Since", lastModified);

        assertThat(byTag.statusCode()).isEqualTo(200);
        assertThat(byDate.statusCode()).isEqualTo(200);
    }

    @Test
    void unpublishedStoryDisappearsFromEveryFeed() {
        long kept = story(writer).tagged(tag).publishedAt(publishedAt);
        long removed = story(writer).tagged(tag).publishedAt(publishedAt.plusSeconds(1));
        assertThat(site.get(tagFeed("rss")).body()).contains(guid(removed, "rss"));

        writer.unpublish(removed, "Withdrawn for a test.");

        for (String extension : new String[] {"rss", "atom", "json"}) {
            String body = site.get(tagFeed(extension)).body();
            assertThat(body).as(extension).contains(guid(kept, extension)).doesNotContain(guid(removed, extension));
        }
        assertThat(site.get("/en/feed.rss").body()).doesNotContain(guid(removed, "rss"));
    }

    @Test
    void correspondentFeedListsOnlyTheirStories() {
        long theirs = story(writer).by(author).publishedAt(publishedAt);
        long other = story(writer).publishedAt(publishedAt);

        String body = site.get("/en/author/" + author.slug() + "/feed.rss").body();

        assertThat(body).contains(guid(theirs, "rss")).doesNotContain(guid(other, "rss"));
    }

    @Test
    void feedsOfUnknownTopicsAnswer404() {
        assertThat(site.get("/en/tag/no-such-tag-anywhere/feed.rss").statusCode())
                .isEqualTo(404);
        assertThat(site.get("/en/author/nobody-at-all/feed.atom").statusCode()).isEqualTo(404);
        assertThat(site.get("/en/no-such-section/feed.json").statusCode()).isEqualTo(404);
        assertThat(site.get("/en/feed.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void everyListingPageNamesItsFeeds() {
        story(writer).tagged(tag).by(author).publishedAt(publishedAt);

        assertThat(site.page("/en/")
                        .select("link[rel=alternate][type=application/rss+xml]")
                        .eachAttr("href"))
                .anySatisfy(href -> assertThat(href).endsWith("/en/feed.rss"));
        assertThat(site.page("/en/tag/" + tag.slug())
                        .select("link[rel=alternate][type=application/atom+xml]")
                        .eachAttr("href"))
                .anySatisfy(href -> assertThat(href).endsWith(tagFeed("atom")));
        assertThat(site.page("/ru/politics/")
                        .select("link[rel=alternate][type=application/feed+json]")
                        .eachAttr("href"))
                .anySatisfy(href -> assertThat(href).endsWith("/ru/politics/feed.json"));
    }
}
