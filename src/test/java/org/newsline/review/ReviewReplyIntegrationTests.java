package org.newsline.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.MutableClock;
import org.newsline.SiteClient;
import org.newsline.account.Accounts;
import org.newsline.account.Role;
import org.newsline.article.ArticleWriter;
import org.newsline.article.StoryQueries;
import org.newsline.platform.Language;
import org.newsline.review.ReviewFixtures.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ReviewReplyIntegrationTests {

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

    private long shownReview(Story story, String body) {
        fixtures.moderation(story, "post", "auto");
        assertThat(fixtures.send(reader, story, "Reader", body, Map.of()).statusCode())
                .isEqualTo(303);
        return ((Number) fixtures.latestReview(story).get("id")).longValue();
    }

    private HttpResponse<String> call(String token, String method, String path, String json) {
        return api.send(method, path, json, "Authorization", "Bearer " + token);
    }

    private List<String> auditActions(long reviewId) {
        return jdbc.sql("SELECT action FROM audit_log WHERE target = :target ORDER BY id")
                .param("target", "review:" + reviewId)
                .query(String.class)
                .list();
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void anEditorsReplyIsPinnedUnderTheReviewItAnswersAndRefreshesTheStory() {
        Story story = fixtures.story();
        long first = shownReview(story, "First review");
        long answered = shownReview(story, "When does the bridge open?");
        String editor = fixtures.token(Role.EDITOR);

        HttpResponse<String> replied = call(
                editor,
                "POST",
                "/api/v1/reviews/" + answered + "/reply",
                "{\"text\":\"In March, says the ministry.\"}");

        assertThat(replied.statusCode()).as(replied.body()).isEqualTo(200);
        assertThat(replied.body()).contains("\"signedAs\":\"Test editor\"");
        Document page = reader.page(story.path());
        Element reply = page.getElementById("review-" + answered + "-reply");
        assertThat(reply).isNotNull();
        assertThat(reply.parent().id()).isEqualTo("review-" + answered);
        assertThat(reply.select(".review-reply-label").text()).isEqualTo("Reply from the newsroom");
        assertThat(reply.select(".review-reply-name").text()).isEqualTo("Test editor");
        assertThat(reply.select(".review-reply-body").text()).isEqualTo("In March, says the ministry.");
        assertThat(page.getElementById("review-" + first).select(".review-reply"))
                .isEmpty();
        assertThat(page.select(".review-count").text()).isEqualTo("2");
        assertThat(fixtures.changes(story))
                .containsExactly("published", "review-approved", "review-approved", "review-approved");
        assertThat(auditActions(answered)).containsExactly("review.reply");
    }

    @Test
    void aReplyCanBeChangedUnsignedAndRemoved() {
        Story story = fixtures.story(Language.RU);
        long id = shownReview(story, "Где можно купить билеты?");
        String editor = fixtures.token(Role.EDITOR);
        call(editor, "POST", "/api/v1/reviews/" + id + "/reply", "{\"text\":\"Пока нигде.\"}");

        HttpResponse<String> changed = call(
                editor,
                "POST",
                "/api/v1/reviews/" + id + "/reply",
                "{\"text\":\"В кассах вокзала.\",\"signed\":false}");

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(changed.body()).contains("\"signedAs\":null");
        Element reply = reader.page(story.path()).getElementById("review-" + id + "-reply");
        assertThat(reply.select(".review-reply-label").text()).isEqualTo("Ответ редакции");
        assertThat(reply.select(".review-reply-name").text()).isEqualTo("Редакция");
        assertThat(reply.select(".review-reply-body").text()).isEqualTo("В кассах вокзала.");

        HttpResponse<String> removed = call(editor, "DELETE", "/api/v1/reviews/" + id + "/reply", null);

        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        assertThat(removed.body()).contains("\"reply\":null");
        assertThat(reader.page(story.path()).select(".review-reply")).isEmpty();
        assertThat(reader.page(story.path()).select(".review-body").text()).isEqualTo("Где можно купить билеты?");
        assertThat(call(editor, "DELETE", "/api/v1/reviews/" + id + "/reply", null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(auditActions(id)).containsExactly("review.reply", "review.reply.edit", "review.reply.remove");
        assertThat(fixtures.changes(story)).hasSize(5).endsWith("review-approved");
    }

    @Test
    void aReplyIsEscapedAndCleanedLikeAReview() {
        Story story = fixtures.story();
        long id = shownReview(story, "Is this safe?");
        String text =
                "<script>alert(1)</script> \u202Eevil\u202C see https://example.org/a?b=1 <img src=x onerror=alert(2)>";

        HttpResponse<String> replied = call(
                fixtures.token(Role.EDITOR),
                "POST",
                "/api/v1/reviews/" + id + "/reply",
                "{\"text\":" + json(text) + "}");

        assertThat(replied.statusCode()).as(replied.body()).isEqualTo(200);
        Element body = reader.page(story.path())
                .getElementById("review-" + id + "-reply")
                .selectFirst(".review-reply-body");
        assertThat(body.select("script, img")).isEmpty();
        assertThat(body.text())
                .isEqualTo("<script>alert(1)</script> evil see https://example.org/a?b=1 <img src=x onerror=alert(2)>");
        assertThat(body.select("a").attr("rel").split(" ")).containsExactlyInAnyOrder("nofollow", "ugc", "noopener");
    }

    @Test
    void onlyAnApprovedReviewTakesAReplyAndOnlyFromAnEditor() {
        Story story = fixtures.story();
        fixtures.send(reader, story, "Reader", "Still waiting for approval", Map.of());
        long pending = ((Number) fixtures.latestReview(story).get("id")).longValue();
        String editor = fixtures.token(Role.EDITOR);
        String correspondent = fixtures.token(Role.CORRESPONDENT);

        assertThat(call(editor, "POST", "/api/v1/reviews/" + pending + "/reply", "{\"text\":\"Thanks\"}")
                        .statusCode())
                .isEqualTo(409);
        long shown = shownReview(story, "Shown one");
        HttpResponse<String> refused =
                call(correspondent, "POST", "/api/v1/reviews/" + shown + "/reply", "{\"text\":\"Thanks\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
        HttpResponse<String> empty =
                call(editor, "POST", "/api/v1/reviews/" + shown + "/reply", "{\"text\":\" \\u0007 \"}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("1 to 4000 characters");
        assertThat(call(editor, "POST", "/api/v1/reviews/999999999/reply", "{\"text\":\"Hello\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM review_reply WHERE review_id IN (:a, :b)")
                        .param("a", pending)
                        .param("b", shown)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aReplyToAReviewTakenDownIsHiddenWithItAndBackWhenItIsApprovedAgain() {
        Story story = fixtures.story();
        long id = shownReview(story, "Controversial");
        String editor = fixtures.token(Role.EDITOR);
        call(editor, "POST", "/api/v1/reviews/" + id + "/reply", "{\"text\":\"We checked this.\"}");

        call(editor, "POST", "/api/v1/reviews/" + id + "/reject", null);
        assertThat(reader.page(story.path()).select(".review-reply")).isEmpty();
        call(editor, "POST", "/api/v1/reviews/" + id + "/approve", null);

        assertThat(reader.page(story.path()).select(".review-reply-body").text())
                .isEqualTo("We checked this.");
    }

    @Test
    void anEditorWritesChangesAndRemovesAReplyFromTheQueue() {
        Story story = fixtures.story();
        long id = shownReview(story, "Reply to me on the screen");
        FormClient editor = new FormClient(port);
        editor.signIn(fixtures.email(Role.EDITOR), ReviewFixtures.PASSWORD);
        String queue = "/newsroom/reviews?list=unchecked";

        Element form = editor.page(queue).getElementById("review-" + id).selectFirst("form[action$=/reply]");
        Map<String, String> fields = FormClient.fields(form);
        fields.put("text", "Thank you, <b>fixed</b>.");
        fields.remove("signed");
        HttpResponse<String> saved = editor.post(form.attr("action"), fields);

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith(queue + "#review-" + id));
        Element card = editor.page(queue).getElementById("review-" + id);
        assertThat(card.select(".nr-reply-text").text()).isEqualTo("Thank you, <b>fixed</b>.");
        assertThat(card.select("textarea[name=text]").text()).isEqualTo("Thank you, <b>fixed</b>.");
        assertThat(card.select("input[name=signed]").hasAttr("checked")).isFalse();
        assertThat(reader.page(story.path()).select(".review-reply-name").text())
                .isEqualTo("Editors");

        Element remove = card.selectFirst("form[action$=/reply/remove]");
        assertThat(editor.post(remove.attr("action"), FormClient.fields(remove)).statusCode())
                .isEqualTo(302);
        assertThat(reader.page(story.path()).select(".review-reply")).isEmpty();
        assertThat(auditActions(id)).containsExactly("review.reply", "review.reply.remove");
    }
}
