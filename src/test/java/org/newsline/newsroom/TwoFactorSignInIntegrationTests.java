package org.newsline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.SiteClient;
import org.newsline.account.Account;
import org.newsline.account.Accounts;
import org.newsline.account.AuditLog;
import org.newsline.account.Role;
import org.newsline.account.StaffCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff two-factor sign-in through real HTTP: enrolment, the code step after the password, replay and
 * recovery codes, throttling, editors and admins kept on the enrolment screen, API tokens and admin reset.
 */
@IntegrationTest
class TwoFactorSignInIntegrationTests {

    static final String PASSWORD = NewsroomApiIntegrationTests.PASSWORD;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    @LocalServerPort
    int port;

    private Account account(Role role) {
        String email = "2fa-" + role.code() + "-" + UUID.randomUUID() + "@test.example";
        return accounts.create(null, email, "Two-factor " + role.code(), role, PASSWORD);
    }

    /** A staff member who signed in and turned two-factor sign-in on; the session stays signed in. */
    private StaffSession enrolled(Account account) {
        StaffSession session = new StaffSession(port);
        session.signIn(account.email(), PASSWORD);
        if (account.role() == Role.CORRESPONDENT) {
            assertThat(session.enrol(account.email()).statusCode()).isEqualTo(302);
        }
        assertThat(session.get("/newsroom").statusCode()).isEqualTo(200);
        return session;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private boolean audited(String action, Account account) {
        return audit.latest(500).stream()
                .anyMatch(e -> e.action().equals(action) && e.target().equals("account:" + account.id()));
    }

    @Test
    void enrolmentShowsAQrCodeAndTheSecretAndOnlyACorrectCodeTurnsItOn() {
        Account correspondent = account(Role.CORRESPONDENT);
        StaffSession session = new StaffSession(port);
        assertThat(location(session.signIn(correspondent.email(), PASSWORD))).endsWith("/newsroom");

        Document page = Jsoup.parse(session.get("/newsroom/two-factor").body());
        assertThat(page.select("svg.nr-qr[role=img][aria-label]")).hasSize(1);
        String secret = page.selectFirst("#secret").text().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(page.select("input#code[inputmode=numeric][autocomplete=one-time-code]"))
                .hasSize(1);
        assertThat(page.select("label[for=code]")).hasSize(1);

        String wrong = StaffCodes.code(secret, StaffCodes.step(port) + 5);
        session.post("/newsroom/two-factor", Map.of("code", wrong));
        Document refused = Jsoup.parse(session.get("/newsroom/two-factor").body());
        assertThat(refused.select(".nr-error").text()).contains("not right");
        assertThat(refused.selectFirst("#secret").text().replace(" ", ""))
                .as("the same secret is offered again")
                .isEqualTo(secret);

        StaffCodes.remember(port, correspondent.email(), secret);
        session.post("/newsroom/two-factor", Map.of("code", StaffCodes.nextCode(port, correspondent.email())));
        Document on = Jsoup.parse(session.get("/newsroom/two-factor").body());
        assertThat(on.select(".nr-codes li")).hasSize(10);
        assertThat(on.text()).contains("Two-factor sign-in is on");
        assertThat(Jsoup.parse(session.get("/newsroom/two-factor").body()).select(".nr-codes li"))
                .as("recovery codes are shown only once")
                .isEmpty();
        assertThat(audited("two-factor.enrol", correspondent)).isTrue();
    }

    @Test
    void aPasswordAloneDoesNotSignInAnEnrolledAccount() {
        Account editor = account(Role.EDITOR);
        enrolled(editor);

        StaffSession session = new StaffSession(port);
        HttpResponse<String> password = session.signInWithPassword(editor.email(), PASSWORD);

        assertThat(location(password)).endsWith("/newsroom/login/code");
        assertThat(location(session.get("/newsroom"))).endsWith("/newsroom/login");
        Document codePage = Jsoup.parse(session.get("/newsroom/login/code").body());
        assertThat(codePage.select("h1").text()).isEqualTo("Enter the 6-digit code");
        assertThat(codePage.select("input#code[inputmode=numeric][autocomplete=one-time-code]"))
                .hasSize(1);
    }

    @Test
    void aWrongCodeIsRefusedAndAStillValidCodeIsNotReplayed() {
        Account editor = account(Role.EDITOR);
        enrolled(editor);
        String secret = StaffCodes.secret(port, editor.email()).orElseThrow();

        StaffSession wrong = new StaffSession(port);
        wrong.signInWithPassword(editor.email(), PASSWORD);
        wrong.get("/newsroom/login/code");
        HttpResponse<String> refused =
                wrong.post("/newsroom/login/code", Map.of("code", StaffCodes.code(secret, StaffCodes.step(port) - 3)));
        assertThat(location(refused)).endsWith("/newsroom/login/code?error");
        assertThat(location(wrong.get("/newsroom"))).endsWith("/newsroom/login");

        String code = StaffCodes.nextCode(port, editor.email());
        StaffSession first = new StaffSession(port);
        first.signInWithPassword(editor.email(), PASSWORD);
        first.get("/newsroom/login/code");
        assertThat(location(first.post("/newsroom/login/code", Map.of("code", code))))
                .endsWith("/newsroom");
        assertThat(first.get("/newsroom").statusCode()).isEqualTo(200);

        StaffSession replay = new StaffSession(port);
        replay.signInWithPassword(editor.email(), PASSWORD);
        replay.get("/newsroom/login/code");
        assertThat(location(replay.post("/newsroom/login/code", Map.of("code", code))))
                .endsWith("/newsroom/login/code?error");
        assertThat(location(replay.get("/newsroom"))).endsWith("/newsroom/login");
        assertThat(audited("two-factor.code-failed", editor)).isTrue();
    }

    @Test
    void aRecoveryCodeSignsInOnce() {
        Account correspondent = account(Role.CORRESPONDENT);
        StaffSession session = new StaffSession(port);
        session.signIn(correspondent.email(), PASSWORD);
        session.enrol(correspondent.email());
        List<String> codes = Jsoup.parse(session.get("/newsroom/two-factor").body())
                .select(".nr-codes li")
                .eachText();
        assertThat(codes).hasSize(10);

        StaffSession lostPhone = new StaffSession(port);
        lostPhone.signInWithPassword(correspondent.email(), PASSWORD);
        lostPhone.get("/newsroom/login/code");
        assertThat(location(lostPhone.post(
                        "/newsroom/login/code", Map.of("code", codes.get(3).toUpperCase()))))
                .endsWith("/newsroom");
        assertThat(lostPhone.get("/newsroom").statusCode()).isEqualTo(200);
        assertThat(audited("two-factor.recovery-used", correspondent)).isTrue();

        StaffSession again = new StaffSession(port);
        again.signInWithPassword(correspondent.email(), PASSWORD);
        again.get("/newsroom/login/code");
        assertThat(location(again.post("/newsroom/login/code", Map.of("code", codes.get(3)))))
                .endsWith("/newsroom/login/code?error");
    }

    @Test
    void repeatedWrongCodesAreThrottledWithRetryAfter() {
        Account editor = account(Role.EDITOR);
        enrolled(editor);
        try {
            StaffSession session = new StaffSession(port);
            session.signInWithPassword(editor.email(), PASSWORD);
            session.get("/newsroom/login/code");
            for (int i = 0; i < 5; i++) {
                assertThat(location(session.post("/newsroom/login/code", Map.of("code", "00000" + i))))
                        .endsWith("?error");
            }

            HttpResponse<String> right =
                    session.post("/newsroom/login/code", Map.of("code", StaffCodes.nextCode(port, editor.email())));

            assertThat(right.statusCode()).isEqualTo(429);
            assertThat(right.headers().firstValue("Retry-After")).hasValue("900");
            assertThat(Jsoup.parse(right.body()).select(".nr-error").text()).contains("15 minutes");
            assertThat(location(session.get("/newsroom"))).endsWith("/newsroom/login");
        } finally {
            StaffCodes.forgiveFailures(port);
        }
    }

    @Test
    void anEditorWithoutTwoFactorIsKeptOnTheEnrolmentScreenUntilEnrolled() {
        Account editor = account(Role.EDITOR);
        StaffSession session = new StaffSession(port);

        assertThat(location(session.signInWithPassword(editor.email(), PASSWORD)))
                .endsWith("/newsroom/two-factor");
        for (String path : List.of("/newsroom", "/newsroom/articles/new", "/newsroom/tokens", "/newsroom/reviews")) {
            HttpResponse<String> response = session.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(303);
            assertThat(location(response)).as(path).endsWith("/newsroom/two-factor");
        }
        session.get("/newsroom/two-factor");
        HttpResponse<String> token = session.post("/newsroom/tokens", Map.of("name", "sneaky"));
        assertThat(location(token)).endsWith("/newsroom/two-factor");
        assertThat(Jsoup.parse(session.get("/newsroom/two-factor").body()).text())
                .contains("must turn on two-factor sign-in");

        session.enrol(editor.email());

        assertThat(session.get("/newsroom").statusCode()).isEqualTo(200);
    }

    @Test
    void aCorrespondentMayTurnItOffWithACodeButAnEditorMayNot() {
        Account correspondent = account(Role.CORRESPONDENT);
        StaffSession session = enrolled(correspondent);
        session.get("/newsroom/two-factor");
        session.post("/newsroom/two-factor/disable", Map.of("code", "000000"));
        assertThat(Jsoup.parse(session.get("/newsroom/two-factor").body()).text())
                .contains("is on");

        session.post("/newsroom/two-factor/disable", Map.of("code", StaffCodes.nextCode(port, correspondent.email())));
        assertThat(Jsoup.parse(session.get("/newsroom/two-factor").body()).select("#secret"))
                .hasSize(1);
        assertThat(audited("two-factor.disable", correspondent)).isTrue();
        StaffCodes.forget(port, correspondent.email());
        assertThat(location(new StaffSession(port).signInWithPassword(correspondent.email(), PASSWORD)))
                .endsWith("/newsroom");

        Account editor = account(Role.EDITOR);
        StaffSession editorSession = enrolled(editor);
        editorSession.get("/newsroom/two-factor");
        assertThat(editorSession
                        .post("/newsroom/two-factor/disable", Map.of("code", StaffCodes.nextCode(port, editor.email())))
                        .statusCode())
                .isEqualTo(400);
        StaffCodes.forgiveFailures(port);
    }

    @Test
    void newRecoveryCodesNeedACurrentCodeAndReplaceTheOldOnes() {
        Account correspondent = account(Role.CORRESPONDENT);
        StaffSession session = new StaffSession(port);
        session.signIn(correspondent.email(), PASSWORD);
        session.enrol(correspondent.email());
        List<String> old = Jsoup.parse(session.get("/newsroom/two-factor").body())
                .select(".nr-codes li")
                .eachText();

        session.post(
                "/newsroom/two-factor/recovery-codes",
                Map.of("code", StaffCodes.nextCode(port, correspondent.email())));
        List<String> fresh = Jsoup.parse(session.get("/newsroom/two-factor").body())
                .select(".nr-codes li")
                .eachText();

        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(old);
        StaffSession withOld = new StaffSession(port);
        withOld.signInWithPassword(correspondent.email(), PASSWORD);
        withOld.get("/newsroom/login/code");
        assertThat(location(withOld.post("/newsroom/login/code", Map.of("code", old.get(0)))))
                .endsWith("?error");
        assertThat(audited("two-factor.recovery-codes", correspondent)).isTrue();
        StaffCodes.forgiveFailures(port);
    }

    @Test
    void anApiTokenNeedsTheCodeOfAnEnrolledAccountAndEditorsMustEnrolFirst() {
        SiteClient site = new SiteClient(port);
        Account editor = account(Role.EDITOR);
        String credentials = "{\"email\":\"" + editor.email() + "\",\"password\":\"" + PASSWORD + "\"";

        HttpResponse<String> notEnrolled = site.send("POST", "/api/v1/tokens", credentials + "}");
        assertThat(notEnrolled.statusCode()).isEqualTo(403);
        assertThat(notEnrolled.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(notEnrolled.body()).contains("/newsroom/two-factor");

        enrolled(editor);
        HttpResponse<String> withoutCode = site.send("POST", "/api/v1/tokens", credentials + "}");
        assertThat(withoutCode.statusCode()).isEqualTo(401);
        assertThat(withoutCode.body()).contains("code");
        HttpResponse<String> wrongCode = site.send("POST", "/api/v1/tokens", credentials + ",\"code\":\"123\"}");
        assertThat(wrongCode.statusCode()).isEqualTo(401);

        String code = StaffCodes.nextCode(port, editor.email());
        HttpResponse<String> created = site.send("POST", "/api/v1/tokens", credentials + ",\"code\":\"" + code + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(site.send("POST", "/api/v1/tokens", credentials + ",\"code\":\"" + code + "\"}")
                        .statusCode())
                .as("the same code again")
                .isEqualTo(401);
        StaffCodes.forgiveFailures(port);
    }

    @Test
    void anAdminResetsAnotherStaffMembersTwoFactorButNotTheirOwn() {
        Account admin = account(Role.ADMIN);
        StaffSession adminSession = enrolled(admin);
        Account editor = account(Role.EDITOR);
        enrolled(editor);

        Document staff = Jsoup.parse(adminSession.get("/newsroom/staff").body());
        assertThat(staff.select("form[action=/newsroom/staff/" + editor.id() + "/two-factor/reset]"))
                .hasSize(1);
        assertThat(staff.select("form[action=/newsroom/staff/" + admin.id() + "/two-factor/reset]"))
                .isEmpty();
        assertThat(adminSession
                        .post("/newsroom/staff/" + admin.id() + "/two-factor/reset", Map.of())
                        .statusCode())
                .isEqualTo(400);

        assertThat(location(adminSession.post("/newsroom/staff/" + editor.id() + "/two-factor/reset", Map.of())))
                .endsWith("/newsroom/staff");
        assertThat(audited("two-factor.reset", editor)).isTrue();
        StaffCodes.forget(port, editor.email());
        assertThat(location(new StaffSession(port).signInWithPassword(editor.email(), PASSWORD)))
                .as("the editor enrols again at the next sign-in")
                .endsWith("/newsroom/two-factor");

        StaffSession editorSession = new StaffSession(port);
        editorSession.signIn(editor.email(), PASSWORD);
        assertThat(editorSession
                        .post("/newsroom/staff/" + admin.id() + "/two-factor/reset", Map.of())
                        .statusCode())
                .as("editors may not reset anyone")
                .isEqualTo(403);
    }

    @Test
    void theCodeFormRefusesAPostWithoutItsCsrfToken() {
        Account editor = account(Role.EDITOR);
        enrolled(editor);
        StaffSession session = new StaffSession(port);
        session.signInWithPassword(editor.email(), PASSWORD);
        session.get("/newsroom/login/code");

        HttpResponse<String> response = session.postWithToken(
                "/newsroom/login/code", Map.of("code", StaffCodes.nextCode(port, editor.email())), null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(location(session.get("/newsroom"))).endsWith("/newsroom/login");
        HttpResponse<String> enrol = enrolled(account(Role.CORRESPONDENT))
                .postWithToken("/newsroom/two-factor/disable", Map.of("code", "000000"), null);
        assertThat(enrol.statusCode()).isEqualTo(403);
    }
}
