package org.newsline.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.article.ArticleBuilder.story;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.MutableClock;
import org.newsline.SiteClient;
import org.newsline.article.ArticleBuilder;
import org.newsline.article.ArticlePaths;
import org.newsline.article.ArticleWriter;
import org.newsline.article.Author;
import org.newsline.media.MediaStore;
import org.newsline.platform.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class StructuredDataIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
    Author author;
    Instant publishedAt;

    @BeforeEach
    void setUp() {
        site = new SiteClient(port);
        author = ArticleBuilder.author(catalog, "Diplomatic correspondent");
        publishedAt = clock.instant().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    }

    private static List<JsonNode> jsonLd(Document page) {
        return page.select("script[type=application/ld+json]").stream()
                .map(Element::data)
                .map(JSON::readTree)
                .toList();
    }

    private static JsonNode ofType(List<JsonNode> blocks, String type) {
        return blocks.stream()
                .filter(node -> node.get("@type").asString().equals(type))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + blocks));
    }

    private Document publishedPage(String slug, ArticleBuilder builder) {
        builder.slug(slug).publishedAt(publishedAt);
        return site.page(paths.article(Language.EN, publishedAt, slug));
    }

    @Test
    void articleDescribesItselfAsANewsArticleWithBreadcrumbs() {
        String slug = "jsonld-" + author.slug();
        Document page = publishedPage(slug, story(writer).by(author).photo(FeedFixtures.photo(media, catalog)));

        List<JsonNode> blocks = jsonLd(page);
        JsonNode article = ofType(blocks, "NewsArticle");
        JsonNode crumbs = ofType(blocks, "BreadcrumbList");

        assertThat(article.get("headline").asString()).isNotBlank();
        assertThat(OffsetDateTime.parse(article.get("datePublished").asString()).toInstant())
                .isEqualTo(publishedAt);
        assertThat(article.get("author").get(0).get("@type").asString()).isEqualTo("Person");
        assertThat(article.get("author").get(0).get("url").asString()).endsWith("/en/author/" + author.slug());
        assertThat(article.get("publisher").get("@type").asString()).isEqualTo("NewsMediaOrganization");
        assertThat(article.get("publisher").get("logo").get("url").asString()).endsWith("/logo.png");
        assertThat(article.get("image").get(0).get("creditText").asString()).isEqualTo(FeedFixtures.CREDIT);
        assertThat(article.get("inLanguage").asString()).isEqualTo("en");
        assertThat(article.get("articleSection").asString()).isEqualTo("Politics");
        assertThat(article.has("correction")).isFalse();
        assertThat(crumbs.get("itemListElement")).hasSize(3);
        assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.select("meta[property=og:image]").attr("content")).contains("/media/");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(page.select("link[rel=canonical]").attr("href"))
                .endsWith(paths.article(Language.EN, publishedAt, slug));
    }

    @Test
    void correctedStoryCarriesItsCorrectionInJsonLd() {
        String slug = "corrected-" + author.slug();
        long id = story(writer).slug(slug).by(author).publishedAt(publishedAt);
        writer.correct(id, "An earlier version gave the wrong date of the talks.");

        JsonNode article = ofType(jsonLd(site.page(paths.article(Language.EN, publishedAt, slug))), "NewsArticle");

        assertThat(article.get("correction").get(0).get("@type").asString()).isEqualTo("CorrectionComment");
        assertThat(article.get("correction").get(0).get("text").asString())
                .isEqualTo("An earlier version gave the wrong date of the talks.");
        assertThat(article.get("dateModified").asString())
                .isNotEqualTo(article.get("datePublished").asString());
    }

    @Test
    void headlineCannotCloseTheScriptElement() {
        String hostile = "Talks end </script><script>alert(1)</script> <!-- early";
        String slug = "hostile-jsonld-" + author.slug();
        story(writer).slug(slug).headline(hostile).by(author).publishedAt(publishedAt);

        Document page = site.page(paths.article(Language.EN, publishedAt, slug));
        String raw = site.get(paths.article(Language.EN, publishedAt, slug)).body();

        assertThat(ofType(jsonLd(page), "NewsArticle").get("headline").asString())
                .isEqualTo(hostile);
        assertThat(raw).doesNotContain("<script>alert(1)").doesNotContain("</script><script>alert");
        assertThat(page.select("script:not([type])"))
                .allSatisfy(script -> assertThat(script.attr("src")).startsWith("/"));
    }

    @Test
    void homePageDescribesTheAgency() {
        List<JsonNode> blocks = jsonLd(site.page("/en/"));

        JsonNode agency = ofType(blocks, "NewsMediaOrganization");
        assertThat(agency.get("logo").get("url").asString()).endsWith("/logo.png");
        assertThat(agency.get("sameAs").size()).isPositive();
        assertThat(ofType(blocks, "WebSite").get("inLanguage").asString()).isEqualTo("en");
    }

    @Test
    void articleOffersShareLinksThatLoadNothingFromOtherSites() {
        String slug = "share-" + author.slug();
        Document page = publishedPage(slug, story(writer).by(author));

        List<String> links = page.select(".share a").eachAttr("href");

        assertThat(links).hasSizeGreaterThanOrEqualTo(4);
        assertThat(links).anySatisfy(href -> assertThat(href).startsWith("https://t.me/share/url?url="));
        assertThat(page.select("script[src^=http], iframe, img[src^=http]")).isEmpty();
        assertThat(site.get(paths.article(Language.EN, publishedAt, slug))
                        .headers()
                        .allValues("Set-Cookie"))
                .isEmpty();
    }
}
