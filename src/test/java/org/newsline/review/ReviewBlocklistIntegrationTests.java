package org.newsline.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.MutableClock;
import org.newsline.account.Accounts;
import org.newsline.account.Role;
import org.newsline.article.ArticleWriter;
import org.newsline.article.StoryQueries;
import org.newsline.platform.Language;
import org.newsline.review.ReviewFixtures.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The review blocklist: the admin screen, blocking a sender from the queue, and what blocked readers meet. */
@IntegrationTest
class ReviewBlocklistIntegrationTests {

    private static final String SCREEN = "/newsroom/reviews/blocklist";

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

    @BeforeEach
    void setUp() {
        fixtures = new ReviewFixtures(writer, stories, accounts, clock, jdbc, port);
        reader = new FormClient(port);
        limiter.forget();
    }

    @AfterEach
    void tearDown() {
        fixtures.restoreClock();
        limiter.forget();
    }

    private FormClient staff(Role role) {
        FormClient client = new FormClient(port);
        client.signIn(fixtures.email(role), ReviewFixtures.PASSWORD);
        return client;
    }

    /** Posts a form of a newsroom page, as the staff member's browser would. */
    private HttpResponse<String> submit(FormClient client, String page, String action, Map<String, String> values) {
        Element form = client.page(page).selectFirst("form[action=" + action + "]");
        assertThat(form).as("form " + action + " on " + page).isNotNull();
        Map<String, String> fields = FormClient.fields(form);
        fields.putAll(values);
        return client.post(action, fields);
    }

    /** The CSRF field of the staff member's session, as any newsroom form carries it. */
    private static Map<String, String> csrf(FormClient client) {
        Element input = client.page("/newsroom").selectFirst("input[type=hidden][name*=csrf]");
        assertThat(input).isNotNull();
        return new java.util.HashMap<>(Map.of(input.attr("name"), input.attr("value")));
    }

    private List<String> audit(String action, String detail) {
        return jdbc.sql("SELECT target FROM audit_log WHERE action = :action AND detail = :detail ORDER BY id")
                .param("action", action)
                .param("detail", detail)
                .query(String.class)
                .list();
    }

    private long entryId(String kind, String value) {
        return jdbc.sql("SELECT id FROM review_block WHERE kind = :kind AND value = :value")
                .param("kind", kind)
                .param("value", value)
                .query(Long.class)
                .single();
    }

    private void unblock(String kind, String value) {
        jdbc.sql("DELETE FROM review_block WHERE kind = :kind AND value = :value")
                .param("kind", kind)
                .param("value", value)
                .update();
    }

    @Test
    void anAdminBlocksAnAddressWhoseReviewsAreRefusedInTheReadersLanguageUntilItIsRemoved() {
        FormClient admin = staff(Role.ADMIN);
        String blocked = "blocked-" + UUID.randomUUID() + "@example.org";
        HttpResponse<String> added =
                submit(admin, SCREEN, SCREEN, Map.of("kind", "email", "value", " " + blocked.toUpperCase(Locale.ROOT)));
        assertThat(added.statusCode()).isEqualTo(302);
        long id = entryId("email", blocked);
        assertThat(admin.page(SCREEN).select("#block-" + id).text()).contains(blocked);
        assertThat(audit("review.block", "email " + blocked)).containsExactly("review-block:" + id);

        Story story = fixtures.story();
        HttpResponse<String> refused =
                fixtures.send(reader, story, "Blocked reader", "Let me in", Map.of("email", blocked));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("are not accepted").contains("Let me in");
        assertThat(fixtures.count(story)).isZero();

        Story russian = fixtures.story(Language.RU);
        HttpResponse<String> refusedRu = fixtures.send(
                reader, russian, "Читатель", "Пустите", Map.of("email", blocked.toUpperCase(Locale.ROOT)));
        assertThat(refusedRu.statusCode()).isEqualTo(422);
        assertThat(refusedRu.body()).contains("не принимаются");
        assertThat(fixtures.count(russian)).isZero();

        String removeAction = SCREEN + "/" + id + "/remove";
        assertThat(submit(admin, SCREEN, removeAction, Map.of()).statusCode()).isEqualTo(302);
        assertThat(audit("review.unblock", "email " + blocked)).containsExactly("review-block:" + id);
        assertThat(fixtures.send(reader, story, "Forgiven reader", "Thank you", Map.of("email", blocked))
                        .statusCode())
                .isEqualTo(303);
        assertThat(fixtures.latestReview(story)).containsEntry("email", blocked).containsEntry("status", "pending");
    }

    @Test
    void aBlockedWordInAnyCaseAndScriptSendsTheReviewToSpamButOnlyAsAWholeWord() {
        FormClient admin = staff(Role.ADMIN);
        String word = "Шарлатан";
        assertThat(submit(admin, SCREEN, SCREEN, Map.of("kind", "word", "value", word, "note", "insult"))
                        .statusCode())
                .isEqualTo(302);
        try {
            Story story = fixtures.story();
            fixtures.moderation(story, "post", "open");
            assertThat(fixtures.send(reader, story, "Angry", "The minister is a ШАРЛАТАН, really.", Map.of())
                            .statusCode())
                    .isEqualTo(303);
            assertThat(fixtures.latestReview(story)).containsEntry("status", "spam");
            Document page = reader.page(story.path());
            assertThat(page.select(".review-list").text()).doesNotContain("minister");

            assertThat(fixtures.send(reader, story, "Calm", "Шарлатанство is a long word.", Map.of())
                            .statusCode())
                    .isEqualTo(303);
            assertThat(fixtures.latestReview(story)).containsEntry("status", "approved");
        } finally {
            unblock("word", word);
        }
    }

    @Test
    void anEditorBlocksTheEmailAndTheClientOfAReviewFromTheQueue() {
        Story story = fixtures.story();
        String email = "queue-" + UUID.randomUUID() + "@example.org";
        assertThat(fixtures.send(reader, story, "Troll", "First troll text", Map.of("email", email))
                        .statusCode())
                .isEqualTo(303);
        Map<String, Object> review = fixtures.latestReview(story);
        long id = ((Number) review.get("id")).longValue();
        String client = (String) review.get("address_hash");
        FormClient editor = staff(Role.EDITOR);
        assertThat(editor.get(SCREEN).statusCode()).isEqualTo(403);

        String queue = "/newsroom/reviews?list=pending";
        assertThat(submit(editor, queue, "/newsroom/reviews/" + id + "/block-email", Map.of("returnTo", queue))
                        .statusCode())
                .isEqualTo(302);
        assertThat(audit("review.block", "email " + email)).hasSize(1);
        try {
            HttpResponse<String> blocked =
                    submit(editor, queue, "/newsroom/reviews/" + id + "/block-client", Map.of("returnTo", queue));
            assertThat(blocked.statusCode()).isEqualTo(302);
            assertThat(blocked.headers().firstValue("Location").orElse("")).endsWith(queue);
            assertThat(audit("review.block", "client " + client)).hasSize(1);

            HttpResponse<String> refused = fixtures.send(reader, story, "Troll", "Second troll text", Map.of());
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.body()).contains("are not accepted");
            assertThat(fixtures.count(story)).isEqualTo(1);
        } finally {
            unblock("client", client);
            unblock("email", email);
        }
    }

    @Test
    void onlyAdminsEditTheListAndBadEntriesAreRefused() {
        FormClient correspondent = staff(Role.CORRESPONDENT);
        assertThat(correspondent.get(SCREEN).statusCode()).isEqualTo(403);
        Story story = fixtures.story();
        assertThat(fixtures.send(reader, story, "Reader", "Some text", Map.of()).statusCode())
                .isEqualTo(303);
        long id = ((Number) fixtures.latestReview(story).get("id")).longValue();
        assertThat(correspondent
                        .post("/newsroom/reviews/" + id + "/block-email", csrf(correspondent))
                        .statusCode())
                .isEqualTo(403);

        FormClient admin = staff(Role.ADMIN);
        assertThat(submit(admin, SCREEN, SCREEN, Map.of("kind", "email", "value", "not an address"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(submit(admin, SCREEN, SCREEN, Map.of("kind", "colour", "value", "red"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(submit(admin, SCREEN, SCREEN, Map.of("kind", "client", "value", "<script>"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(admin.post(SCREEN + "/999999999/remove", csrf(admin)).statusCode())
                .isEqualTo(404);
    }
}
