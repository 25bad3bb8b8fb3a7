package org.newsline.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.MutableClock;
import org.newsline.SiteClient;
import org.newsline.account.Accounts;
import org.newsline.account.Role;
import org.newsline.article.ArticleWriter;
import org.newsline.article.StoryQueries;
import org.newsline.review.ReviewFixtures.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The moderation queue: many reviews decided at once, search, and paging through a long list. */
@IntegrationTest
class ReviewQueueIntegrationTests {

    @Autowired
    ArticleWriter writer;

    @Autowired
    StoryQueries stories;

    @Autowired
    Accounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    ReviewFixtures fixtures;
    FormClient reader;
    FormClient editor;

    @BeforeEach
    void setUp() {
        fixtures = new ReviewFixtures(writer, stories, accounts, clock, jdbc, port);
        reader = new FormClient(port);
        editor = new FormClient(port);
        editor.signIn(fixtures.email(Role.EDITOR), ReviewFixtures.PASSWORD);
    }

    private static String unique() {
        return "w" + UUID.randomUUID().toString().replace("-", "");
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM review WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private List<String> auditActions(long id) {
        return jdbc.sql("SELECT action FROM audit_log WHERE target = :target ORDER BY id")
                .param("target", "review:" + id)
                .query(String.class)
                .list();
    }

    private static List<String> ids(Document queue) {
        return queue.select("input[name=ids]").eachAttr("value");
    }

    @Test
    void tickedReviewsAreApprovedWithOnePostAndEachIsAudited() {
        Story story = fixtures.story();
        String word = unique();
        long a = fixtures.stored(
                story,
                "pending",
                "Anna",
                "anna@example.org",
                "First " + word,
                clock.instant().minus(Duration.ofMinutes(3)));
        long b = fixtures.stored(
                story,
                "pending",
                "Boris",
                "boris@example.org",
                "Second " + word,
                clock.instant().minus(Duration.ofMinutes(2)));
        long c = fixtures.stored(
                story,
                "pending",
                "Chingiz",
                "c@example.org",
                "Third " + word,
                clock.instant().minus(Duration.ofMinutes(1)));
        Document queue = editor.page("/newsroom/reviews?list=pending&q=" + word);
        assertThat(ids(queue)).containsExactly(Long.toString(c), Long.toString(b), Long.toString(a));
        Element bulk = queue.getElementById("bulk");
        assertThat(queue.select("input[name=ids][form=bulk]")).hasSize(3);

        List<Map.Entry<String, String>> fields =
                new ArrayList<>(FormClient.fields(bulk).entrySet());
        fields.add(Map.entry("ids", Long.toString(a)));
        fields.add(Map.entry("ids", Long.toString(c)));
        fields.add(Map.entry("action", "approve"));
        HttpResponse<String> done = editor.post(bulk.attr("action"), fields);

        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/newsroom/reviews?list=pending&q=" + word));
        assertThat(List.of(status(a), status(b), status(c))).containsExactly("approved", "pending", "approved");
        assertThat(auditActions(a)).containsExactly("review.approve");
        assertThat(auditActions(b)).isEmpty();
        assertThat(auditActions(c)).containsExactly("review.approve");
        assertThat(fixtures.changes(story)).containsExactly("published", "review-approved", "review-approved");
        assertThat(reader.page(story.path()).select(".review-body").eachText())
                .containsExactly("First " + word, "Third " + word);
        Document after = editor.page("/newsroom/reviews?list=pending&q=" + word);
        assertThat(after.select(".nr-notice").text()).isEqualTo("2 reviews are now approved.");
        assertThat(ids(after)).containsExactly(Long.toString(b));
    }

    @Test
    void reviewsTheActionDoesNotFitAreLeftAsTheyWereAndNamed() {
        Story story = fixtures.story();
        long shown = fixtures.stored(story, "approved", "Shown", "s@example.org", "Shown " + unique(), clock.instant());
        long spam = fixtures.stored(story, "pending", "Spammer", "x@example.org", "Buy " + unique(), clock.instant());
        String token = fixtures.token(Role.EDITOR);
        SiteClient api = new SiteClient(port);

        HttpResponse<String> done = api.send(
                "POST",
                "/api/v1/reviews/bulk",
                "{\"action\":\"spam\",\"ids\":[" + shown + "," + spam + ",999999999]}",
                "Authorization",
                "Bearer " + token);

        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(done.body()).contains("\"skipped\":[999999999]");
        assertThat(List.of(status(shown), status(spam))).containsExactly("spam", "spam");
        assertThat(fixtures.changes(story)).containsExactly("published", "review-removed");
        HttpResponse<String> again = api.send(
                "POST",
                "/api/v1/reviews/bulk",
                "{\"action\":\"spam\",\"ids\":[" + shown + "]}",
                "Authorization",
                "Bearer " + token);
        assertThat(again.body()).contains("\"decided\":[]").contains("\"skipped\":[" + shown + "]");
        assertThat(auditActions(shown)).containsExactly("review.spam");
        assertThat(api.send(
                                "POST",
                                "/api/v1/reviews/bulk",
                                "{\"action\":\"delete\",\"ids\":[1]}",
                                "Authorization",
                                "Bearer " + token)
                        .statusCode())
                .isEqualTo(400);
        assertThat(api.send(
                                "POST",
                                "/api/v1/reviews/bulk",
                                "{\"action\":\"approve\",\"ids\":[]}",
                                "Authorization",
                                "Bearer " + token)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void aBulkPostWithNothingTickedAnswers400AndChangesNothing() {
        Document queue = editor.page("/newsroom/reviews?list=pending");
        Element bulk = queue.getElementById("bulk");
        if (bulk == null) {
            // An empty shared queue shows no bulk form; post as a crafted form would.
            Story story = fixtures.story();
            fixtures.stored(story, "pending", "Someone", "s@example.org", "Text " + unique(), clock.instant());
            bulk = editor.page("/newsroom/reviews?list=pending").getElementById("bulk");
        }
        List<Map.Entry<String, String>> fields =
                new ArrayList<>(FormClient.fields(bulk).entrySet());
        fields.add(Map.entry("action", "reject"));

        HttpResponse<String> refused = editor.post(bulk.attr("action"), fields);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Choose at least one review");
    }

    @Test
    void theSearchFindsTextNameOrEmailWithinTheListAndTakesWildcardsLiterally() {
        Story story = fixtures.story();
        String word = unique();
        long byText =
                fixtures.stored(story, "pending", "Anna", "a@example.org", "About " + word + " today", clock.instant());
        long byName =
                fixtures.stored(story, "pending", "Name" + word.toUpperCase(), "b@example.org", "Hi", clock.instant());
        long byEmail = fixtures.stored(story, "pending", "Carl", word + "@example.org", "Hello", clock.instant());
        long approved = fixtures.stored(story, "approved", "Dana", "d@example.org", "Also " + word, clock.instant());
        long percent =
                fixtures.stored(story, "pending", "Eve", "e@example.org", word + " 100% sure_x", clock.instant());

        assertThat(ids(editor.page("/newsroom/reviews?list=pending&q=" + word)))
                .containsExactlyInAnyOrder(
                        Long.toString(byText), Long.toString(byName), Long.toString(byEmail), Long.toString(percent));
        assertThat(ids(editor.page("/newsroom/reviews?list=approved&q=" + word.toUpperCase())))
                .containsExactly(Long.toString(approved));
        assertThat(ids(editor.page("/newsroom/reviews?list=pending&q=" + word + "+100%25+sure_x")))
                .containsExactly(Long.toString(percent));
        assertThat(editor.page("/newsroom/reviews?list=pending&q=" + word + "+100_+sure%25x")
                        .getElementById("review-" + percent))
                .isNull();
        Document found = editor.page("/newsroom/reviews?list=pending&q=" + word);
        assertThat(found.select("#q").attr("value")).isEqualTo(word);
        assertThat(found.select("nav a[href*=list=approved]").attr("href")).endsWith("&q=" + word);
        String api = new SiteClient(port)
                .send(
                        "GET",
                        "/api/v1/reviews?status=pending&q=" + word,
                        null,
                        "Authorization",
                        "Bearer " + fixtures.token(Role.EDITOR))
                .body();
        assertThat(api).contains("\"id\":" + byEmail).doesNotContain("\"id\":" + approved);
    }

    @Test
    void aLongListIsPagedByPositionWithoutSkippingOrRepeating() {
        Story story = fixtures.story();
        String word = unique();
        List<String> all = new ArrayList<>();
        java.time.Instant now = clock.instant();
        for (int i = 0; i < 101; i++) {
            // Two reviews share each time, so the id decides their order.
            all.add(
                    0,
                    Long.toString(fixtures.stored(
                            story,
                            "pending",
                            "Reader " + i,
                            "r@example.org",
                            word + " " + i,
                            now.minusSeconds(200 - i / 2))));
        }

        Document first = editor.page("/newsroom/reviews?list=pending&q=" + word);
        Element older = first.selectFirst("a[rel=next]");
        assertThat(older).isNotNull();
        Document second = editor.page(older.attr("href"));

        List<String> seen = new ArrayList<>(ids(first));
        assertThat(seen).hasSize(100);
        seen.addAll(ids(second));
        assertThat(seen).containsExactlyElementsOf(all);
        assertThat(second.selectFirst("a[rel=next]")).isNull();
        assertThat(editor.get("/newsroom/reviews?list=pending&before=yesterday").statusCode())
                .isEqualTo(400);
    }
}
