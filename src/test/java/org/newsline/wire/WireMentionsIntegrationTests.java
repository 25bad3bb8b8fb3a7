package org.newsline.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.article.ArticleBuilder;
import org.newsline.article.ArticleWriter;
import org.newsline.quote.RegistryFixtures;
import org.newsline.quote.RegistryFixtures.Made;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class WireMentionsIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ArticleWriter writer;

    @Autowired
    ItemReader items;

    @Autowired
    WireRenderer renderer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private WireItem latest(long id) {
        return jdbc.sql(
                        "SELECT id, article_id, kind, version FROM change_log WHERE article_id = :id ORDER BY id DESC LIMIT 1")
                .param("id", id)
                .query((rs, row) -> new ChangeRef(
                        rs.getLong("id"), rs.getLong("article_id"), rs.getString("kind"), rs.getInt("version")))
                .optional()
                .flatMap(items::read)
                .orElseThrow();
    }

    @Test
    void theEntitiesAStoryNamesGoOutAsPeoplePlacesAndOrganisationsInEveryFormat() {
        Made person = RegistryFixtures.person(jdbc, "Ilse", "f");
        Made place = RegistryFixtures.entity(jdbc, "place", "Port " + RegistryFixtures.unique("Kes"));
        Made organisation = RegistryFixtures.entity(jdbc, "organisation", "Bureau " + RegistryFixtures.unique("Mar"));
        long id = ArticleBuilder.story(writer)
                .body("“The harbour at " + place.name() + " reopens on Friday,” " + person.name() + " said.\n\n"
                        + "The " + organisation.name() + " & partners agreed; " + person.surname() + " signed.")
                .publishedAt(clock.instant().minusSeconds(5));
        WireItem item = latest(id);

        String ninjs = renderer.item(item, WireFormat.NINJS);
        WireStandards.assertValidNinjs("2.1", ninjs);
        JsonNode doc = JSON.readTree(ninjs);
        assertThat(doc.get("people")).hasSize(1);
        assertThat(doc.get("people").get(0).get("name").asString()).isEqualTo(person.name());
        assertThat(doc.get("people").get(0).get("uri").asString()).endsWith("/en/people/" + person.slug());
        assertThat(doc.get("people").get(0).get("rel").asString()).isEqualTo("mentioned");
        assertThat(doc.get("places").get(0).get("literal").asString()).isEqualTo(place.slug());
        assertThat(doc.get("places").get(0).get("uri").asString()).endsWith("/en/topics/" + place.slug());
        assertThat(doc.get("organisations").get(0).get("name").asString()).isEqualTo(organisation.name());

        String ninjs3 = renderer.item(item, WireFormat.NINJS3);
        WireStandards.assertValidNinjs("3.1", ninjs3);
        assertThat(JSON.readTree(ninjs3).get("people").get(0).get("name").asString())
                .isEqualTo(person.name());

        String newsml = renderer.item(item, WireFormat.NEWSML);
        WireStandards.assertValidNewsml(newsml);
        assertThat(newsml)
                .contains("<subject type=\"cpnat:person\" literal=\"person:" + person.slug() + "\"><name>"
                        + person.name() + "</name></subject>")
                .contains("<subject type=\"cpnat:geoArea\" literal=\"place:" + place.slug() + "\">")
                .contains("<subject type=\"cpnat:organisation\" literal=\"organisation:" + organisation.slug() + "\">");
    }

    @Test
    void aStoryThatNamesNobodyHasNoEmptyLists() {
        long id = ArticleBuilder.story(writer)
                .body("rain is expected across the region tomorrow.")
                .publishedAt(clock.instant().minusSeconds(5));
        String ninjs = renderer.item(latest(id), WireFormat.NINJS);
        assertThat(ninjs).doesNotContain("\"people\"", "\"places\"", "\"organisations\"");
    }
}
