package org.newsline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.account.Accounts;
import org.newsline.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SubscriberScreensIntegrationTests {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    Accounts accounts;

    @LocalServerPort
    int port;

    private StaffSession signedIn(Role role) {
        String email = role.code() + "-" + UUID.randomUUID() + "@test.example";
        accounts.create(null, email, "Screen " + role.code(), role, PASSWORD);
        StaffSession session = new StaffSession(port);
        session.signIn(email, PASSWORD);
        return session;
    }

    @Test
    void anAdminCreatesASubscriberSeesTheSecretOnceMakesAKeyAndSeesTheDeliveryLog() {
        StaffSession admin = signedIn(Role.ADMIN);
        assertThat(admin.get("/newsroom/subscribers").statusCode()).isEqualTo(200);
        String name = "Gazeta <b>" + UUID.randomUUID() + "</b>";
        HttpResponse<String> created = admin.post(
                "/newsroom/subscribers",
                Map.of(
                        "name", name,
                        "languages", "ru",
                        "categories", "politics",
                        "minUrgency", "urgent",
                        "webhookUrl", "http://127.0.0.1:9/hook",
                        "format", "newsml"));
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        String path = location.replaceFirst("^https?://[^/]+", "");

        Document page = Jsoup.parse(admin.get(path).body());
        assertThat(page.select("h1").text()).isEqualTo(name);
        assertThat(page.html()).doesNotContain("<b>" + name.substring(9));
        assertThat(page.select("code.nr-token").text()).startsWith("whsec_");
        assertThat(page.text()).contains("ru × politics · urgent+", "newsml", "Delivery log");
        assertThat(Jsoup.parse(admin.get(path).body()).select("code.nr-token")).isEmpty();

        admin.post(path + "/keys", Map.of());
        assertThat(Jsoup.parse(admin.get(path).body()).select("code.nr-token").text())
                .startsWith("nlw_");
        assertThat(admin.post(path + "/status", Map.of("active", "false")).statusCode())
                .isEqualTo(302);
        assertThat(Jsoup.parse(admin.get(path).body()).text()).contains("suspended");
    }

    @Test
    void onlyAdminsSeeSubscribersAndFormsNeedTheCsrfToken() {
        assertThat(signedIn(Role.EDITOR).get("/newsroom/subscribers").statusCode())
                .isEqualTo(403);
        StaffSession admin = signedIn(Role.ADMIN);
        admin.get("/newsroom/subscribers");
        assertThat(admin.postWithToken("/newsroom/subscribers", Map.of("name", "No token"), null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(admin.post("/newsroom/subscribers", Map.of("name", "X", "webhookUrl", "ftp://x"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(admin.get("/newsroom/subscribers/999999").statusCode()).isEqualTo(404);
    }
}
