package org.newsline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.account.Accounts;
import org.newsline.account.AuditLog;
import org.newsline.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class NewsroomScreensIntegrationTests {

    static final String PASSWORD = NewsroomApiIntegrationTests.PASSWORD;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private String account(Role role) {
        String email = role.code() + "-" + UUID.randomUUID() + "@test.example";
        accounts.create(null, email, "Screen " + role.code(), role, PASSWORD);
        return email;
    }

    private StaffSession signedIn(Role role) {
        StaffSession session = new StaffSession(port);
        assertThat(session.signIn(account(role), PASSWORD).statusCode()).isEqualTo(302);
        assertThat(session.get("/newsroom").statusCode()).isEqualTo(200);
        return session;
    }

    private static Map<String, String> storyFields(String headline, int version) {
        Map<String, String> fields = new HashMap<>();
        fields.put("version", Integer.toString(version));
        fields.put("language", "en");
        fields.put("headline", headline);
        fields.put("standfirst", "A standfirst.");
        fields.put("body", "Paragraph one.\n\nParagraph two.");
        fields.put("datelinePlace", "Baku");
        fields.put("category", "politics");
        fields.put("urgency", "normal");
        fields.put("tags", "");
        fields.put("credit", "");
        fields.put("sourceKind", "open-sources");
        return fields;
    }

    private long createStory(StaffSession session, String headline) {
        session.get("/newsroom/articles/new");
        HttpResponse<String> created = session.post("/newsroom/articles", storyFields(headline, 0));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameAnswer() {
        String email = account(Role.EDITOR);

        HttpResponse<String> unknown =
                new StaffSession(port).signIn("nobody-" + UUID.randomUUID() + "@x.example", PASSWORD);
        HttpResponse<String> wrong = new StaffSession(port).signIn(email, "not the password at all");

        assertThat(unknown.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/newsroom/login?error"));
        assertThat(wrong.headers().firstValue("Location"))
                .isEqualTo(unknown.headers().firstValue("Location"));
        StaffSession viewer = new StaffSession(port);
        assertThat(Jsoup.parse(viewer.get("/newsroom/login?error").body())
                        .select(".nr-error")
                        .text())
                .isEqualTo("Wrong e-mail or password.");
    }

    @Test
    void requestsOfOneSessionSentAtOnceAllSucceed() throws Exception {
        // Each of these stores a flash message in the session at the same moment; the session store must
        // not fail on the attribute's key (the input fuzzer found 500s here).
        for (int round = 0; round < 3; round++) {
            StaffSession editor = new StaffSession(port);
            editor.signIn(account(Role.EDITOR), PASSWORD);
            editor.get("/newsroom/tokens");
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                java.util.List<java.util.concurrent.Future<Integer>> sent = new java.util.ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    String name = "parallel " + round + "-" + i;
                    sent.add(pool.submit(() -> editor.post("/newsroom/tokens", Map.of("name", name))
                            .statusCode()));
                }
                for (java.util.concurrent.Future<Integer> status : sent) {
                    assertThat(status.get()).isEqualTo(302);
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void repeatedFailuresLockTheAccountForAWhileEvenWithTheRightPassword() {
        String email = account(Role.EDITOR);
        for (int i = 0; i < 5; i++) {
            new StaffSession(port).signIn(email, "wrong password " + i);
        }

        HttpResponse<String> rightPassword = new StaffSession(port).signIn(email, PASSWORD);

        // 429 with the sign-in page, so that scripts and tools see the limit as well as people do.
        assertThat(rightPassword.statusCode()).isEqualTo(429);
        assertThat(rightPassword.headers().firstValue("Retry-After")).hasValue("900");
        assertThat(Jsoup.parse(rightPassword.body()).select(".nr-error").text()).contains("15 minutes");
        assertThat(Jsoup.parse(rightPassword.body()).select("form input[name=_csrf]"))
                .isNotEmpty();
        assertThat(audit.latest(50)).anySatisfy(e -> assertThat(e.action()).isEqualTo("login.throttled"));
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        StaffSession session = signedIn(Role.EDITOR);

        HttpResponse<String> forged = session.postWithToken("/newsroom/articles", storyFields("Forged", 0), null);

        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void signingInIssuesANewSessionId() {
        StaffSession session = new StaffSession(port);
        HttpResponse<String> before = session.get("/newsroom/login");
        String email = account(Role.EDITOR);
        HttpResponse<String> after = session.post("/newsroom/login", Map.of("username", email, "password", PASSWORD));

        String cookieBefore = before.headers().firstValue("Set-Cookie").orElse("");
        String cookieAfter = after.headers().firstValue("Set-Cookie").orElse("");
        assertThat(cookieAfter).startsWith("NEWSLINE_SESSION=").isNotEqualTo(cookieBefore);
        assertThat(cookieAfter).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :email")
                        .param("email", email)
                        .query(Long.class)
                        .single())
                .as("the session lives in PostgreSQL, so any node can serve it")
                .isEqualTo(1);
    }

    @Test
    void aTextFileRenamedJpgGetsAClearMessageAndNothingIsStored() {
        StaffSession session = signedIn(Role.EDITOR);
        long id = createStory(session, "Photo story " + UUID.randomUUID());
        session.get("/newsroom/articles/" + id);
        long mediaBefore =
                jdbc.sql("SELECT count(*) FROM media_file").query(Long.class).single();
        Map<String, String> fields = storyFields("Photo story", 1);
        fields.put("credit", "Photo from open sources");

        HttpResponse<String> response = session.postMultipart(
                "/newsroom/articles/" + id,
                fields,
                "photoFile",
                "notes.jpg",
                "These are my notes, not a photo.".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).select(".error-detail").text())
                .isEqualTo("The file 'notes.jpg' is not a JPEG, PNG or WebP image.");
        assertThat(jdbc.sql("SELECT count(*) FROM media_file").query(Long.class).single())
                .isEqualTo(mediaBefore);
    }

    @Test
    void theSecondOfTwoEditorsSeesTheConflictAndKeepsTheirText() {
        StaffSession first = signedIn(Role.EDITOR);
        StaffSession second = signedIn(Role.EDITOR);
        long id = createStory(first, "Shared story " + UUID.randomUUID());
        first.get("/newsroom/articles/" + id);
        second.get("/newsroom/articles/" + id);

        assertThat(first.post("/newsroom/articles/" + id, storyFields("The first editor's headline", 1))
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> conflict =
                second.post("/newsroom/articles/" + id, storyFields("The second editor's headline", 1));

        assertThat(conflict.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(conflict.body());
        assertThat(page.select(".nr-conflict").text())
                .contains("Someone else saved this story")
                .contains("The first editor's headline");
        assertThat(page.select("#headline").attr("value")).isEqualTo("The second editor's headline");
        assertThat(page.select("input[name=version]").attr("value")).isEqualTo("2");
        assertThat(jdbc.sql("SELECT headline FROM article WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("The first editor's headline");
    }

    @Test
    void workflowActionsAreAuditLogged() {
        StaffSession session = signedIn(Role.EDITOR);
        long id = createStory(session, "Audited " + UUID.randomUUID());
        session.get("/newsroom/articles/" + id);

        assertThat(session.post("/newsroom/articles/" + id + "/publish", Map.of())
                        .statusCode())
                .isEqualTo(302);
        session.get("/newsroom/articles/" + id);
        assertThat(session.post("/newsroom/articles/" + id + "/corrections", Map.of("text", "Fixed a name."))
                        .statusCode())
                .isEqualTo(302);

        assertThat(audit.latest(200))
                .filteredOn(e -> e.target().equals("article:" + id))
                .extracting(AuditLog.Entry::action)
                .contains("article.create", "article.publish", "article.correct");
    }
}
