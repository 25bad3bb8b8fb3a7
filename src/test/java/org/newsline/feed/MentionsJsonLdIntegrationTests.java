package org.newsline.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.MutableClock;
import org.newsline.SiteClient;
import org.newsline.article.ArticleBuilder;
import org.newsline.article.ArticlePaths;
import org.newsline.article.ArticleWriter;
import org.newsline.platform.Language;
import org.newsline.quote.RegistryFixtures;
import org.newsline.quote.RegistryFixtures.Made;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class MentionsJsonLdIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ArticleWriter writer;

    @Autowired
    ArticlePaths paths;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    private JsonNode newsArticle(Document page) {
        List<JsonNode> blocks = page.select("script[type=application/ld+json]").stream()
                .map(Element::data)
                .map(JSON::readTree)
                .toList();
        return blocks.stream()
                .filter(node -> node.get("@type").asString().equals("NewsArticle"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theArticleNamesThePeoplePlacesAndOrganisationsItMentionsWithTheirPages() {
        Made person = RegistryFixtures.person(jdbc, "Olga", "f");
        Made place = RegistryFixtures.entity(jdbc, "place", "Port " + RegistryFixtures.unique("Kes"));
        Made organisation = RegistryFixtures.entity(jdbc, "organisation", "Bureau " + RegistryFixtures.unique("Mar"));
        Instant at = clock.instant().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        String slug = "mentions-" + person.slug();
        ArticleBuilder.story(writer)
                .slug(slug)
                .body("“The harbour at " + place.name() + " reopens on Friday,” " + person.name() + " said.\n\n"
                        + "The **" + organisation.name() + "** agreed.")
                .publishedAt(at);
        Document page = new SiteClient(port).page(paths.article(Language.EN, at, slug));

        JsonNode mentions = newsArticle(page).get("mentions");
        assertThat(mentions).hasSize(3);
        assertThat(mentions.get(0).get("@type").asString()).isEqualTo("Place");
        assertThat(mentions.get(0).get("url").asString()).endsWith("/en/topics/" + place.slug());
        assertThat(mentions.get(1).get("@type").asString()).isEqualTo("Person");
        assertThat(mentions.get(1).get("name").asString()).isEqualTo(person.name());
        assertThat(mentions.get(1).get("url").asString()).startsWith("http").endsWith("/en/people/" + person.slug());
        assertThat(mentions.get(2).get("@type").asString()).isEqualTo("Organization");
        assertThat(mentions.get(2).get("name").asString()).isEqualTo(organisation.name());
    }

    @Test
    void plainTextOfTheBodyKeepsItsParagraphsAndUnescapesEntities() {
        assertThat(PageMetadata.plainText("<p>Tom &amp; <strong>Jerry</strong></p><p>Baku</p>"))
                .isEqualTo("Tom & Jerry\n\nBaku");
    }
}
