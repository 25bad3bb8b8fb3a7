package org.newsline.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.MutableClock;
import org.newsline.SiteClient;
import org.newsline.account.Accounts;
import org.newsline.account.AuditLog;
import org.newsline.account.Role;
import org.newsline.article.ArticleWriter;
import org.newsline.article.StoryQueries;
import org.newsline.review.ReviewFixtures.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ReviewModerationIntegrationTests {

    @Autowired
    ArticleWriter writer;

    @Autowired
    StoryQueries stories;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReviewRateLimiter limiter;

    @LocalServerPort
    int port;

    ReviewFixtures fixtures;
    FormClient reader;
    SiteClient api;

    @BeforeEach
    void setUp() {
        fixtures = new ReviewFixtures(writer, stories, accounts, clock, jdbc, port);
        reader = new FormClient(port);
        api = new SiteClient(port);
        limiter.forget();
    }

    @AfterEach
    void tearDown() {
        fixtures.restoreClock();
        limiter.forget();
    }

    private long pendingReview(Story story, String body) {
        assertThat(fixtures.send(reader, story, "Reader", body, Map.of()).statusCode())
                .isEqualTo(303);
        return ((Number) fixtures.latestReview(story).get("id")).longValue();
    }

    private HttpResponse<String> call(String token, String method, String path, String json) {
        return api.send(method, path, json, "Authorization", "Bearer " + token);
    }

    private List<String> auditActions(String target) {
        return jdbc.sql("SELECT action FROM audit_log WHERE target = :target ORDER BY id")
                .param("target", target)
                .query(String.class)
                .list();
    }

    @Test
    void anEditorApprovesThroughTheApiAndTheReviewAppearsWithAChangeLogRow() {
        Story story = fixtures.story();
        long id = pendingReview(story, "Approve me through the API");
        String editor = fixtures.token(Role.EDITOR);

        HttpResponse<String> pending = call(editor, "GET", "/api/v1/reviews?status=pending&limit=200", null);
        assertThat(pending.statusCode()).isEqualTo(200);
        assertThat(pending.body()).contains("\"id\":" + id).contains("Approve me through the API");

        HttpResponse<String> approved = call(editor, "POST", "/api/v1/reviews/" + id + "/approve", null);

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(ReviewFixtures.field(approved.body(), "status")).isEqualTo("approved");
        assertThat(reader.page(story.path()).select(".review-body").text()).isEqualTo("Approve me through the API");
        assertThat(fixtures.changes(story)).containsExactly("published", "review-approved");
        assertThat(auditActions("review:" + id)).containsExactly("review.approve");
        assertThat(call(editor, "POST", "/api/v1/reviews/" + id + "/approve", null)
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void rejectingAShownReviewTakesItDownAndSaysSoInTheChangeLog() {
        Story story = fixtures.story();
        fixtures.moderation(story, "post", "auto");
        long id = pendingReview(story, "Shown at once, then rejected");
        String editor = fixtures.token(Role.EDITOR);
        assertThat(call(editor, "GET", "/api/v1/reviews?status=unchecked&limit=200", null)
                        .body())
                .contains("\"id\":" + id);

        assertThat(call(editor, "POST", "/api/v1/reviews/" + id + "/spam", null).statusCode())
                .isEqualTo(200);

        assertThat(reader.page(story.path()).select(".review-list")).isEmpty();
        assertThat(fixtures.changes(story)).containsExactly("published", "review-approved", "review-removed");
        assertThat(auditActions("review:" + id)).containsExactly("review.spam");
    }

    @Test
    void correspondentsAndStrangersCannotModerate() {
        Story story = fixtures.story();
        long id = pendingReview(story, "Not theirs to judge");
        String correspondent = fixtures.token(Role.CORRESPONDENT);

        HttpResponse<String> refused = call(correspondent, "POST", "/api/v1/reviews/" + id + "/approve", null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(call(correspondent, "GET", "/api/v1/reviews", null).statusCode())
                .isEqualTo(403);
        assertThat(api.send("POST", "/api/v1/reviews/" + id + "/approve", null).statusCode())
                .isEqualTo(401);
        assertThat(fixtures.latestReview(story).get("status")).isEqualTo("pending");
    }

    @Test
    void anUnknownReviewOrStatusIsNamedInTheProblem() {
        String editor = fixtures.token(Role.EDITOR);

        assertThat(call(editor, "POST", "/api/v1/reviews/999999999/reject", null)
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<String> bad = call(editor, "GET", "/api/v1/reviews?status=lost", null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("lost");
    }

    @Test
    void anEditorTurnsAnErrorReportIntoAPublishedCorrectionInOneStep() {
        Story story = fixtures.story();
        fixtures.send(
                reader, story, "Careful reader", "The minister's name is misspelt.", Map.of("kind", "error-report"));
        long id = ((Number) fixtures.latestReview(story).get("id")).longValue();
        String editor = fixtures.token(Role.EDITOR);
        assertThat(call(editor, "GET", "/api/v1/reviews?kind=error-report", null)
                        .body())
                .contains("\"id\":" + id)
                .contains("\"url\":\"" + story.path() + "\"");

        HttpResponse<String> corrected = call(
                editor,
                "POST",
                "/api/v1/reviews/" + id + "/correct",
                "{\"text\":\"An earlier version misspelt the minister's name.\"}");

        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(ReviewFixtures.field(corrected.body(), "status")).isEqualTo("corrected");
        assertThat(reader.page(story.path()).select(".corrections").text())
                .contains("An earlier version misspelt the minister's name.");
        assertThat(fixtures.changes(story)).containsExactly("published", "corrected");
        assertThat(auditActions("review:" + id)).containsExactly("review.correct");
        assertThat(auditActions("article:" + story.id())).contains("article.correct");
        assertThat(call(editor, "POST", "/api/v1/reviews/" + id + "/approve", null)
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void aCorrectionNeedsANote() {
        Story story = fixtures.story();
        fixtures.send(reader, story, "Reader", "Wrong date in the dateline.", Map.of("kind", "error-report"));
        long id = ((Number) fixtures.latestReview(story).get("id")).longValue();

        HttpResponse<String> refused =
                call(fixtures.token(Role.EDITOR), "POST", "/api/v1/reviews/" + id + "/correct", "{\"text\":\" \"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(fixtures.latestReview(story).get("status")).isEqualTo("pending");
    }

    @Test
    void anAdminErasesEveryReviewOfAnAddressAndShownOnesDisappear() {
        Story story = fixtures.story();
        fixtures.moderation(story, "post", "auto");
        fixtures.send(reader, story, "Forget me", "Please forget this one.", Map.of("email", "Forget.Me@Example.org"));
        fixtures.send(
                reader,
                story,
                "Forget me",
                "And this report.",
                Map.of("email", "forget.me@example.org", "kind", "error-report"));
        fixtures.send(reader, story, "Someone else", "Stay here.", Map.of());
        String editor = fixtures.token(Role.EDITOR);
        String admin = fixtures.token(Role.ADMIN);

        assertThat(call(editor, "POST", "/api/v1/reviews/erase", "{\"email\":\"forget.me@example.org\"}")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> erased =
                call(admin, "POST", "/api/v1/reviews/erase", "{\"email\":\"FORGET.ME@example.org\"}");

        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
        assertThat(erased.body()).contains("\"deleted\":2");
        assertThat(fixtures.count(story)).isEqualTo(1);
        assertThat(reader.page(story.path()).select(".review-name").eachText()).containsExactly("Someone else");
        assertThat(fixtures.changes(story)).endsWith("review-removed");
        assertThat(audit.latest(50).stream().filter(e -> e.action().equals("review.erase")))
                .allSatisfy(e -> assertThat(e.target() + e.detail()).doesNotContain("forget.me"))
                .isNotEmpty();
    }

    @Test
    void storySettingsChangeModerationAndClosing() {
        Story story = fixtures.story();
        String editor = fixtures.token(Role.EDITOR);

        HttpResponse<String> saved = call(
                editor,
                "PUT",
                "/api/v1/reviews/settings/" + story.id(),
                "{\"moderation\":\"post\",\"state\":\"auto\"}");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(ReviewFixtures.field(saved.body(), "effectiveModeration")).isEqualTo("post");
        fixtures.send(reader, story, "Instant", "Shown straight away.", Map.of());
        assertThat(reader.page(story.path()).select(".review-body").text()).isEqualTo("Shown straight away.");
        assertThat(call(editor, "PUT", "/api/v1/reviews/settings/" + story.id(), "{\"state\":\"closed\"}")
                        .body())
                .contains("\"open\":false");
        assertThat(reader.page(story.path()).select("input[name=kind][value=review]"))
                .isEmpty();
        assertThat(auditActions("article:" + story.id())).containsExactly("review.settings", "review.settings");
        assertThat(call(editor, "PUT", "/api/v1/reviews/settings/" + story.id(), "{\"state\":\"sometimes\"}")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void everyChangeLogFollowerMovesPastReviewChanges() throws InterruptedException {
        Story story = fixtures.story();
        fixtures.moderation(story, "post", "auto");
        fixtures.send(reader, story, "Follower test", "Followers must not stop here.", Map.of());
        long reviewChange = jdbc.sql(
                        "SELECT max(id) FROM change_log WHERE article_id = :id AND kind = 'review-approved'")
                .param("id", story.id())
                .query(Long.class)
                .single();

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> behind;
        do {
            behind = jdbc
                    .sql("SELECT follower FROM change_log_position WHERE last_id < :id")
                    .param("id", reviewChange)
                    .query(String.class)
                    .list()
                    .stream()
                    .filter(name -> !name.equals("search-index:rebuilding"))
                    .toList();
            if (!behind.isEmpty()) {
                Thread.sleep(100);
            }
        } while (!behind.isEmpty() && System.nanoTime() < deadline);

        assertThat(behind).isEmpty();
    }

    @Test
    void theNewsroomQueueApprovesWithTheFormAndRefusesCorrespondents() {
        Story story = fixtures.story();
        long id = pendingReview(story, "Approve me on the screen");
        FormClient editor = new FormClient(port);
        editor.signIn(fixtures.email(Role.EDITOR), ReviewFixtures.PASSWORD);

        Document queue = editor.page("/newsroom/reviews");
        assertThat(queue.select(".nr-nav a[href=/newsroom/reviews]")).hasSize(1);
        Element card = queue.getElementById("review-" + id);
        assertThat(card).isNotNull();
        assertThat(card.select("a[href=" + story.path() + "]")).hasSize(1);
        Element approve = card.selectFirst("form[action=/newsroom/reviews/" + id + "/approve]");
        HttpResponse<String> done = editor.post(approve.attr("action"), FormClient.fields(approve));

        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/newsroom/reviews?list=pending"));
        assertThat(editor.page("/newsroom/reviews?list=pending")
                        .select(".nr-notice")
                        .text())
                .contains("approved");
        assertThat(reader.page(story.path()).select(".review-body").text()).isEqualTo("Approve me on the screen");

        FormClient correspondent = new FormClient(port);
        correspondent.signIn(fixtures.email(Role.CORRESPONDENT), ReviewFixtures.PASSWORD);
        assertThat(correspondent.get("/newsroom/reviews").statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(correspondent.get("/newsroom").body()).select("a[href=/newsroom/reviews]"))
                .isEmpty();
    }

    @Test
    void theCorrectionsQueuePublishesACorrectionFromTheScreen() {
        Story story = fixtures.story();
        fixtures.send(reader, story, "Reader", "The score was 2:1, not 1:2.", Map.of("kind", "error-report"));
        long id = ((Number) fixtures.latestReview(story).get("id")).longValue();
        FormClient editor = new FormClient(port);
        editor.signIn(fixtures.email(Role.EDITOR), ReviewFixtures.PASSWORD);

        Element form = editor.page("/newsroom/reviews/corrections")
                .getElementById("review-" + id)
                .selectFirst("form[action$=/correct]");
        Map<String, String> fields = FormClient.fields(form);
        fields.put("note", "An earlier version gave the score the wrong way round.");

        assertThat(editor.post(form.attr("action"), fields).statusCode()).isEqualTo(302);
        assertThat(reader.page(story.path()).select(".corrections").text())
                .contains("gave the score the wrong way round");
    }

    @Test
    void theStorySettingsScreenSavesWithItsForm() {
        Story story = fixtures.story();
        FormClient editor = new FormClient(port);
        editor.signIn(fixtures.email(Role.EDITOR), ReviewFixtures.PASSWORD);

        Element form = editor.page("/newsroom/reviews/story/" + story.id())
                .selectFirst("form[action=/newsroom/reviews/story/" + story.id() + "]");
        Map<String, String> fields = FormClient.fields(form);
        fields.put("moderationMode", "post");
        fields.put("state", "closed");

        assertThat(editor.post(form.attr("action"), fields).statusCode()).isEqualTo(302);
        Document saved = editor.page("/newsroom/reviews/story/" + story.id());
        assertThat(saved.select("#moderationMode option[selected]").attr("value"))
                .isEqualTo("post");
        assertThat(saved.select("#state option[selected]").attr("value")).isEqualTo("closed");
        assertThat(reader.page(story.path()).select("input[name=kind][value=review]"))
                .isEmpty();
    }

    @Test
    void onlyAnAdminSeesTheEraseScreen() {
        FormClient editor = new FormClient(port);
        editor.signIn(fixtures.email(Role.EDITOR), ReviewFixtures.PASSWORD);
        FormClient admin = new FormClient(port);
        admin.signIn(fixtures.email(Role.ADMIN), ReviewFixtures.PASSWORD);

        assertThat(editor.get("/newsroom/reviews/erase").statusCode()).isEqualTo(403);
        Element form = admin.page("/newsroom/reviews/erase").selectFirst("form[action=/newsroom/reviews/erase]");
        Map<String, String> fields = FormClient.fields(form);
        fields.put("email", "nobody-here@example.org");
        assertThat(admin.post(form.attr("action"), fields).statusCode()).isEqualTo(302);
        assertThat(admin.page("/newsroom/reviews/erase").select(".nr-notice").text())
                .isEqualTo("0 reviews and reports deleted.");
    }
}
