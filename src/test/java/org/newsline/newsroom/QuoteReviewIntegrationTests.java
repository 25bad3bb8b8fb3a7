package org.newsline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.MutableClock;
import org.newsline.SiteClient;
import org.newsline.account.Accounts;
import org.newsline.account.Role;
import org.newsline.article.ArticleBuilder;
import org.newsline.article.ArticleWriter;
import org.newsline.article.Author;
import org.newsline.article.CatalogWriter;
import org.newsline.article.Tag;
import org.newsline.quote.RegistryFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class QuoteReviewIntegrationTests {

    @Autowired
    ArticleWriter writer;

    @Autowired
    CatalogWriter catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    SiteClient site;
    Author author;

    @BeforeEach
    void setUp() {
        site = new SiteClient(port);
        author = ArticleBuilder.author(catalog, "Correspondent");
    }

    private String person(String first, String gender) {
        return RegistryFixtures.person(jdbc, first, gender).name();
    }

    private static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    private StaffSession signedIn(Role role) {
        String email = role.code() + "-" + UUID.randomUUID() + "@test.example";
        accounts.create(null, email, "Quotes " + role.code(), role, NewsroomApiIntegrationTests.PASSWORD);
        StaffSession session = new StaffSession(port);
        session.signIn(email, NewsroomApiIntegrationTests.PASSWORD);
        return session;
    }

    private long publish(String body) {
        return ArticleBuilder.story(writer)
                .by(author)
                .body(body)
                .publishedAt(clock.instant().minus(Duration.ofMinutes(30)));
    }

    private List<Map<String, Object>> quotes(long id) {
        return jdbc.sql("""
                        SELECT q.*, s.version, s.plain_text FROM quote q JOIN quote_source s ON s.article_id = q.article_id
                        WHERE q.article_id = :id ORDER BY q.start_offset""").param("id", id).query().listOfRows();
    }

    private List<Map<String, Object>> await(long id, Predicate<List<Map<String, Object>>> condition)
            throws InterruptedException {
        Instant until = Instant.now().plusSeconds(15);
        List<Map<String, Object>> rows = quotes(id);
        while (!condition.test(rows) && Instant.now().isBefore(until)) {
            Thread.sleep(100);
            rows = quotes(id);
        }
        assertThat(condition.test(rows))
                .as("extraction of story %s: %s", id, rows)
                .isTrue();
        return rows;
    }

    private static Map<String, Object> quoted(List<Map<String, Object>> rows, String words) {
        return rows.stream()
                .filter(r -> ((String) r.get("quoted")).contains(words))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no quote with '" + words + "' in " + rows));
    }

    private List<String> statementsOn(String personSlug) {
        return site.page("/en/people/" + personSlug).select(".statement-text").eachText();
    }

    private static String screen(long id) {
        return "/newsroom/articles/" + id + "/quotes";
    }

    @Test
    void anEditorSeesTheQuotesHighlightedAndConfirmsAnIndirectQuoteThatThenReachesReaders() throws Exception {
        String name = person("Marta", "f");
        String surname = name.split(" ")[1];
        Tag tag = ArticleBuilder.tag(catalog);
        long id = ArticleBuilder.story(writer)
                .by(author)
                .tagged(tag)
                .body("Senator " + name + " said on Monday that the tariff bill would reach the floor in spring.\n\n"
                        + "“Families in small towns pay more for power that fails more often,” " + surname + " said.")
                .publishedAt(clock.instant().minus(Duration.ofMinutes(30)));
        String topic = "/en/topics/" + tag.slug();
        List<Map<String, Object>> rows = await(id, r -> r.size() == 2);
        Map<String, Object> indirect = quoted(rows, "tariff bill");
        assertThat(indirect.get("kind")).isEqualTo("indirect");
        assertThat(statementsOn(slug(name))).noneMatch(t -> t.contains("tariff bill"));
        assertThat(site.page(topic).select(".statement-text").eachText())
                .anyMatch(t -> t.contains("Families in small towns"))
                .noneMatch(t -> t.contains("tariff bill"));

        StaffSession editor = signedIn(Role.EDITOR);
        HttpResponse<String> page = editor.get(screen(id));
        assertThat(page.statusCode()).isEqualTo(200);
        Document document = Jsoup.parse(page.body());
        assertThat(document.select(".nr-quote-text mark.nr-quote").eachText())
                .anyMatch(t -> t.contains("the tariff bill would reach the floor in spring"))
                .anyMatch(t -> t.contains("Families in small towns"));
        assertThat(document.select(".nr-quote-item").first().text())
                .contains(name, "indirect", "cue-name", "0.95", "auto", "not shown to readers");
        assertThat(document.select("datalist#people option").eachAttr("value"))
                .contains(name + " (" + slug(name) + ")");
        assertThat(document.select("form[action$=/confirm] input[name=_csrf]").attr("value"))
                .isNotBlank();

        HttpResponse<String> confirmed = editor.post(screen(id) + "/" + indirect.get("id") + "/confirm", Map.of());
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(statementsOn(slug(name))).anyMatch(t -> t.contains("tariff bill"));
        assertThat(site.page(topic).select(".statement-text").eachText()).anyMatch(t -> t.contains("tariff bill"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'quote.confirm' AND target = :target")
                        .param("target", "article:" + id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(Jsoup.parse(editor.get(screen(id)).body())
                        .select(".nr-quote-item")
                        .first()
                        .text())
                .contains("confirmed", "shown to readers");
    }

    @Test
    void decisionsSurviveAnUpdateThatMovesTheQuotesAndTheReadingThatFollows() throws Exception {
        String name = person("Nadia", "f");
        String surname = name.split(" ")[1];
        String body = "Senator " + name + " said on Monday that the grid plan would be ready by June.\n\n"
                + "“Families in small towns pay more for power that fails more often,” " + surname + " said.";
        long id = publish(body);
        List<Map<String, Object>> rows = await(id, r -> r.size() == 2);
        StaffSession editor = signedIn(Role.EDITOR);
        editor.get(screen(id));
        assertThat(editor.post(screen(id) + "/" + quoted(rows, "grid plan").get("id") + "/confirm", Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(editor.post(screen(id) + "/" + quoted(rows, "Families").get("id") + "/reject", Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(statementsOn(slug(name)))
                .anyMatch(t -> t.contains("grid plan"))
                .noneMatch(t -> t.contains("Families"));
        int readVersion = (Integer) rows.get(0).get("version");

        // A new first paragraph moves every quote; the story is read again from scratch.
        String updated = "The debate resumes in the chamber this week.\n\n" + body;
        writer.update(
                id,
                ArticleBuilder.story(writer).by(author).body(updated).toDraft(),
                ArticleBuilder.versionOf(jdbc, id));
        List<Map<String, Object>> again =
                await(id, r -> !r.isEmpty() && (Integer) r.get(0).get("version") > readVersion);
        Map<String, Object> confirmed = quoted(again, "grid plan");
        assertThat(confirmed.get("review_state")).isEqualTo("confirmed");
        String text = (String) confirmed.get("plain_text");
        assertThat(text.substring((Integer) confirmed.get("start_offset"), (Integer) confirmed.get("end_offset")))
                .isEqualTo(confirmed.get("quoted"));
        assertThat((Integer) confirmed.get("start_offset")).isGreaterThan(40);
        Map<String, Object> rejected = quoted(again, "Families");
        assertThat(rejected.get("review_state")).isEqualTo("rejected");
        assertThat(again.stream().filter(r -> ((String) r.get("quoted")).contains("Families")))
                .hasSize(1);
        assertThat(statementsOn(slug(name)))
                .anyMatch(t -> t.contains("grid plan"))
                .noneMatch(t -> t.contains("Families"));

        // A decision posted against a reading that has been replaced is refused, not applied to the wrong words.
        editor.get(screen(id));
        assertThat(editor.post(screen(id) + "/" + quoted(rows, "grid plan").get("id") + "/reject", Map.of())
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void aDoubtfulSpeakerWaitsForAnEditorWhoCanNameAnotherSpeaker() throws Exception {
        String her = person("Ilse", "f");
        String him = person("Tomas", "m");
        long id = publish("“We will bring the tariff bill to a vote in March,” " + her + " said.\n\n"
                + "“The committee has not seen the figures yet,” " + him + " said.\n\n"
                + "“Rural families cannot wait for another winter of outages,” she added.");
        List<Map<String, Object>> rows = await(id, r -> r.size() == 3);
        Map<String, Object> doubtful = quoted(rows, "Rural families");
        assertThat(doubtful.get("rule")).isEqualTo("pronoun");
        assertThat(((Number) doubtful.get("confidence")).doubleValue()).isLessThan(0.75);
        assertThat(statementsOn(slug(her)))
                .anyMatch(t -> t.contains("tariff bill"))
                .noneMatch(t -> t.contains("Rural families"));

        StaffSession editor = signedIn(Role.EDITOR);
        editor.get(screen(id));
        String path = screen(id) + "/" + doubtful.get("id") + "/speaker";
        assertThat(editor.post(path, Map.of("person", "Nobody Known Here")).statusCode())
                .isEqualTo(400);
        // Typed as a name (any spelling the registry knows), not picked from the suggestions.
        assertThat(editor.post(path, Map.of("person", him)).statusCode()).isEqualTo(302);
        assertThat(statementsOn(slug(him))).anyMatch(t -> t.contains("Rural families"));
        assertThat(statementsOn(slug(her))).noneMatch(t -> t.contains("Rural families"));
        Map<String, Object> reassigned = quoted(quotes(id), "Rural families");
        assertThat(reassigned.get("rule")).isEqualTo("editor");
        assertThat(reassigned.get("review_state")).isEqualTo("confirmed");
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE action = 'quote.speaker' AND target = :target")
                        .param("target", "article:" + id)
                        .query(String.class)
                        .single())
                .contains(him);
    }

    @Test
    void onlyEditorsReviewQuotesAndEveryFormNeedsItsCsrfToken() throws Exception {
        String name = person("Olga", "f");
        long id = publish("“The port will reopen on Friday,” " + name + " said.");
        List<Map<String, Object>> rows = await(id, r -> r.size() == 1);
        String confirm = screen(id) + "/" + rows.get(0).get("id") + "/confirm";

        StaffSession correspondent = signedIn(Role.CORRESPONDENT);
        assertThat(correspondent.get(screen(id)).statusCode()).isEqualTo(403);
        correspondent.get("/newsroom");
        assertThat(correspondent.post(confirm, Map.of()).statusCode()).isEqualTo(403);

        StaffSession editor = signedIn(Role.EDITOR);
        editor.get(screen(id));
        assertThat(editor.postWithToken(confirm, Map.of(), "not-the-token").statusCode())
                .isEqualTo(403);
        assertThat(quotes(id).get(0).get("review_state")).isEqualTo("auto");
        assertThat(editor.get("/newsroom/articles/999999999/quotes").statusCode())
                .isEqualTo(404);
        assertThat(editor.post("/newsroom/articles/" + id + "/quotes/999999999/confirm", Map.of())
                        .statusCode())
                .isEqualTo(409);
        long draft = ArticleBuilder.story(writer).by(author).draft();
        assertThat(Jsoup.parse(editor.get(screen(draft)).body())
                        .select(".empty")
                        .text())
                .contains("has not been read");
    }
}
