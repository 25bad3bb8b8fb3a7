package org.newsline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.MutableClock;
import org.newsline.SiteClient;
import org.newsline.article.ArticleBuilder;
import org.newsline.article.ArticleWriter;
import org.newsline.article.Author;
import org.newsline.article.CatalogWriter;
import org.newsline.article.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class QuoteExtractionIntegrationTests {

    @Autowired
    ArticleWriter writer;

    @Autowired
    CatalogWriter catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegistrySeed seed;

    @Autowired
    MutableClock clock;

    @Autowired
    org.newsline.article.ArticlePaths paths;

    @LocalServerPort
    int port;

    SiteClient site;
    Author author;
    Tag tag;
    Instant publishedAt;

    @BeforeEach
    void setUp() {
        seed.load();
        site = new SiteClient(port);
        author = ArticleBuilder.author(catalog, "U.S. correspondent");
        tag = ArticleBuilder.tag(catalog);
        publishedAt = clock.instant().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    }

    private static final String BODY = """
            Senator Helen Crawford said on Monday that the bill would reach the floor in spring.

            “Families in small towns pay more for power that fails more often,” Crawford said. %s

            “We owe them a vote before the summer recess.”""";

    private long publish(String body) {
        return ArticleBuilder.story(writer).by(author).tagged(tag).body(body).publishedAt(publishedAt);
    }

    private List<Map<String, Object>> quotes(long articleId) {
        return jdbc.sql("""
                        SELECT q.*, s.plain_text, e.slug AS speaker_slug FROM quote q
                        JOIN quote_source s ON s.article_id = q.article_id
                        LEFT JOIN quote_entity e ON e.id = q.speaker_id
                        WHERE q.article_id = :id ORDER BY q.start_offset""").param("id", articleId).query().listOfRows();
    }

    private List<Map<String, Object>> await(long articleId, Predicate<List<Map<String, Object>>> condition)
            throws InterruptedException {
        Instant until = Instant.now().plusSeconds(10);
        List<Map<String, Object>> rows = quotes(articleId);
        while (!condition.test(rows) && Instant.now().isBefore(until)) {
            Thread.sleep(100);
            rows = quotes(articleId);
        }
        return rows;
    }

    @Test
    void aPublishedStoryIsReadForQuotesKeptAsVerbatimOffsetsWithRuleAndConfidence() throws Exception {
        long id = publish(BODY.formatted(""));
        List<Map<String, Object>> rows = await(id, r -> r.size() == 3);
        assertThat(rows).extracting(r -> r.get("kind")).containsExactly("indirect", "direct", "direct");
        for (Map<String, Object> row : rows) {
            String text = (String) row.get("plain_text");
            assertThat(text.substring((Integer) row.get("start_offset"), (Integer) row.get("end_offset")))
                    .isEqualTo(row.get("quoted"));
            assertThat(row.get("speaker_slug")).isEqualTo("helen-crawford");
            assertThat((String) row.get("rule")).isNotBlank();
            assertThat(((Number) row.get("confidence")).doubleValue()).isPositive();
        }
        assertThat(rows).extracting(r -> r.get("rule")).containsExactly("cue-name", "cue-name", "continuation");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM quote_mention m JOIN quote_entity e ON e.id = m.entity_id
                        WHERE m.article_id = :id AND e.slug = 'helen-crawford'""").param("id", id).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anUpdateIsReadAgainAndUnpublishingRemovesTheQuotes() throws Exception {
        long id = publish(BODY.formatted(""));
        await(id, r -> r.size() == 3);
        ArticleBuilder updated = ArticleBuilder.story(writer)
                .by(author)
                .body(BODY.formatted("“The grid is older than most of the people who use it.”"));
        writer.update(id, updated.toDraft(), ArticleBuilder.versionOf(jdbc, id));
        List<Map<String, Object>> rows = await(id, r -> r.size() == 4);
        assertThat(rows)
                .extracting(r -> r.get("quoted"))
                .contains("The grid is older than most of the people who use it.");
        writer.unpublish(id, "test");
        assertThat(await(id, List::isEmpty)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM quote_source WHERE article_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void personAndTopicPagesShowPublicQuotesAndTheArticleLinksItsSpeakers() throws Exception {
        String marker = "Marker" + UUID.randomUUID().toString().substring(0, 8);
        long id = publish(BODY.formatted("“" + marker + " is what rural families need now,” she added."));
        await(id, r -> r.size() == 4);
        String articlePath = jdbc.sql("SELECT slug FROM article WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();

        Document person = site.page("/en/people/helen-crawford");
        assertThat(person.select("h1").text()).isEqualTo("Helen Crawford");
        assertThat(person.select(".statement-text").eachText()).anyMatch(t -> t.contains(marker));
        // Indirect quotes wait for an editor.
        assertThat(person.select(".statement-text").eachText())
                .noneMatch(t -> t.contains("the bill would reach the floor in spring"));
        assertThat(person.select("section.statements h2 a").eachAttr("href")).contains("/en/topics/" + tag.slug());
        assertThat(site.page("/en/people/helen-crawford?topic=" + tag.slug())
                        .select(".statement-text")
                        .eachText())
                .anyMatch(t -> t.contains(marker));

        Document topic = site.page("/en/topics/" + tag.slug());
        assertThat(topic.select("section.statements h2").eachText()).contains("Helen Crawford");
        assertThat(topic.select(".statement-text").eachText()).anyMatch(t -> t.contains(marker));
        assertThat(site.page("/ru/people/helen-crawford").select("h1").text()).isEqualTo("Хелен Кроуфорд");

        Document article = site.page(findPath(articlePath));
        assertThat(article.select(".story-speakers a").eachAttr("href")).containsExactly("/en/people/helen-crawford");
    }

    @Test
    void unknownPeopleAndTopicsAre404AndABadTopicFilterIs400() {
        assertThat(site.get("/en/people/nobody-" + UUID.randomUUID()).statusCode())
                .isEqualTo(404);
        assertThat(site.get("/en/people/baku").statusCode()).isEqualTo(404);
        assertThat(site.get("/en/topics/nothing-" + UUID.randomUUID()).statusCode())
                .isEqualTo(404);
        assertThat(site.get("/en/people/helen-crawford?topic=%3Cscript%3E").statusCode())
                .isEqualTo(400);
        assertThat(site.get("/en/topics/baku").statusCode()).isEqualTo(200);
        // The pages' first addresses move permanently to the ones above, with their query.
        var moved = site.get("/en/person/helen-crawford?topic=" + tag.slug());
        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/en/people/helen-crawford?topic=" + tag.slug()));
        assertThat(site.get("/ru/topic/baku").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/ru/topics/baku"));
    }

    @Test
    void anUnknownSpeakerIsKeptAsWrittenAndQueuedForEditors() throws Exception {
        String surname = "Quodlibet"
                + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        long id = publish("“We will open three new clinics this year,” Health Minister Zarina " + surname + " said.");
        List<Map<String, Object>> rows = await(id, r -> r.size() == 1);
        assertThat(rows.get(0).get("speaker_name")).isEqualTo("Zarina " + surname);
        assertThat(rows.get(0).get("speaker_id")).isNull();
        assertThat(jdbc.sql("SELECT status FROM quote_candidate WHERE name = :name")
                        .param("name", "Zarina " + surname)
                        .query(String.class)
                        .list())
                .containsExactly("pending");
    }

    private String findPath(String slug) {
        return jdbc.sql("SELECT lang, publish_at FROM article WHERE slug = :slug")
                .param("slug", slug)
                .query((rs, n) -> paths.article(
                        org.newsline.platform.Language.of(rs.getString(1)),
                        rs.getTimestamp(2).toInstant(),
                        slug))
                .single();
    }
}
