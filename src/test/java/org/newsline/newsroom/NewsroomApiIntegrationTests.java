package org.newsline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.MutableClock;
import org.newsline.SiteClient;
import org.newsline.account.Accounts;
import org.newsline.account.Role;
import org.newsline.account.StaffCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class NewsroomApiIntegrationTests {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    Accounts accounts;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    SiteClient site;
    String editor;
    String correspondent;

    @BeforeEach
    void setUp() {
        site = new SiteClient(port);
        editor = tokenFor(Role.EDITOR);
        correspondent = tokenFor(Role.CORRESPONDENT);
    }

    private String tokenFor(Role role) {
        String email = role.code() + "-" + UUID.randomUUID() + "@test.example";
        accounts.create(null, email, "Test " + role.code(), role, PASSWORD);
        HttpResponse<String> response =
                site.send("POST", "/api/v1/tokens", StaffCodes.tokenRequest(site.port(), email, PASSWORD));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return field(response.body(), "token");
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        assertThat(matcher.find()).as(name + " in " + json).isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> call(String token, String method, String path, String json) {
        return site.send(method, path, json, "Authorization", "Bearer " + token);
    }

    private String createDraft(String token, String headline) {
        HttpResponse<String> created = call(
                token,
                "POST",
                "/api/v1/articles",
                "{\"language\":\"en\",\"headline\":\"" + headline + "\",\"standfirst\":\"Short.\","
                        + "\"body\":\"The *body*.\",\"category\":\"politics\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(field(created.body(), "status")).isEqualTo("draft");
        return field(created.body(), "id");
    }

    @Test
    void editorCreatesAndPublishesAndTheStoryIsOnTheNewsLineWithinASecond() throws InterruptedException {
        String headline = "API story " + UUID.randomUUID();
        String id = createDraft(editor, headline);
        assertThat(site.get("/en/news-line").body()).doesNotContain(headline);

        HttpResponse<String> published = call(editor, "POST", "/api/v1/articles/" + id + "/publish", null);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(field(published.body(), "status")).isEqualTo("published");

        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        boolean seen = false;
        while (!seen && System.nanoTime() < deadline) {
            seen = site.get("/en/news-line").body().contains(headline);
        }
        assertThat(seen).isTrue();
        String url = field(published.body(), "url");
        assertThat(site.get(url).statusCode()).isEqualTo(200);
    }

    @Test
    void correspondentMayWriteButNotPublish() {
        String id = createDraft(correspondent, "Correspondent draft " + UUID.randomUUID());

        HttpResponse<String> publish = call(correspondent, "POST", "/api/v1/articles/" + id + "/publish", null);

        assertThat(publish.statusCode()).isEqualTo(403);
        assertThat(publish.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(call(correspondent, "POST", "/api/v1/articles/" + id + "/submit", null)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void updateBasedOnAStaleVersionGets409AndChangesNothing() {
        String id = createDraft(editor, "Versioned " + UUID.randomUUID());
        HttpResponse<String> first =
                call(editor, "PUT", "/api/v1/articles/" + id, "{\"version\":1,\"headline\":\"First save wins\"}");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);

        HttpResponse<String> stale =
                call(editor, "PUT", "/api/v1/articles/" + id, "{\"version\":1,\"headline\":\"Second save loses\"}");

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("\"currentVersion\":2");
        assertThat(field(call(editor, "GET", "/api/v1/articles/" + id, null).body(), "headline"))
                .isEqualTo("First save wins");
    }

    @Test
    void storyScheduledFiveSecondsAheadAppearsByItself() {
        String headline = "Scheduled " + UUID.randomUUID();
        String id = createDraft(editor, headline);
        String at = clock.instant().plusSeconds(5).toString();

        HttpResponse<String> scheduled =
                call(editor, "POST", "/api/v1/articles/" + id + "/publish", "{\"publishAt\":\"" + at + "\"}");
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
        assertThat(site.get("/en/news-line").body()).doesNotContain(headline);

        clock.advance(Duration.ofSeconds(6));
        try {
            assertThat(site.get("/en/news-line").body()).contains(headline);
        } finally {
            clock.advance(Duration.ofSeconds(-6));
        }
    }

    @Test
    void badRequestsGetProblemJsonNot500() {
        assertThat(call(
                                editor,
                                "POST",
                                "/api/v1/articles",
                                "{\"language\":\"xx\",\"headline\":\"x\",\"category\":\"politics\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(call(editor, "POST", "/api/v1/articles", "{not json").statusCode())
                .isEqualTo(400);
        assertThat(call(
                                editor,
                                "POST",
                                "/api/v1/articles",
                                "{\"language\":\"en\",\"headline\":\"x\",\"category\":\"nope\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(call(editor, "GET", "/api/v1/articles/999999999", null).statusCode())
                .isEqualTo(404);
        assertThat(call(editor, "POST", "/api/v1/articles/1/publish", "{\"publishAt\":\"tomorrow\"}")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void requestsWithoutAValidTokenGet401() {
        assertThat(site.send("GET", "/api/v1/articles", null).statusCode()).isEqualTo(401);
        assertThat(site.send("GET", "/api/v1/articles", null, "Authorization", "Bearer nl_wrong")
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<String> wrongPassword = site.send(
                "POST", "/api/v1/tokens", "{\"email\":\"nobody@test.example\",\"password\":\"whatever-it-is\"}");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
    }

    @Test
    void staffFindDraftsByTheirText() {
        String word = "Zq" + UUID.randomUUID().toString().substring(0, 8);
        String id = createDraft(editor, "Draft about " + word);

        HttpResponse<String> found = call(editor, "GET", "/api/v1/articles?q=" + word, null);

        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("\"id\":" + id).contains("\"status\":\"draft\"");
        assertThat(call(editor, "GET", "/api/v1/articles?q=%25_" + word, null).body())
                .isEqualTo("[]");
        assertThat(site.get("/api/v1/search?q=" + word).body())
                .as("public search shows no drafts")
                .contains("\"total\":0");
    }

    @Test
    void openApiDescriptionListsTheArticleEndpoints() {
        HttpResponse<String> response = site.get("/api/v1/openapi.json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/v1/articles/{id}/publish").contains("\"openapi\"");
    }
}
