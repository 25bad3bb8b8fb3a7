package org.newsline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.SiteClient;
import org.newsline.account.Accounts;
import org.newsline.account.Role;
import org.newsline.account.StaffCodes;
import org.newsline.wire.WireTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A failover's read-only window (PostgreSQL {@code default_transaction_read_only = on}: every write fails with
 * SQLSTATE 25006) as a signed-in newsroom user lives it. Reading screens (and API reads) keep working; a save answers 503 with
 * {@code Retry-After} and the typed text; signing in answers 503, never a 500; after the window the same session
 * carries on.
 */
@IntegrationTest
class ReadOnlyWindowIntegrationTests {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @LocalServerPort
    int port;

    @Test
    void aSignedInEditorKeepsReadingSavingAndSigningInAnswer503AndTheSessionCarriesOnAfter() throws Exception {
        StaffSession session = signedIn(account(Role.EDITOR));
        long id = createStory(session, "Before the window");
        assertThat(session.get("/newsroom/articles/" + id).statusCode()).isEqualTo(200);
        String otherEmail = account(Role.EDITOR);
        SiteClient site = new SiteClient(port);
        HttpResponse<String> issued =
                site.send("POST", "/api/v1/tokens", StaffCodes.tokenRequest(port, otherEmail, PASSWORD));
        String token = WireTestSupport.field(issued.body(), "token");
        String body = "Paragraph one, typed during the failover.\n\nParagraph two.";
        Map<String, HttpResponse<String>> during = new HashMap<>();

        whileReadOnly(() -> {
            during.put("dashboard", session.get("/newsroom"));
            during.put("editor", session.get("/newsroom/articles/" + id));
            during.put(
                    "api read", site.send("GET", "/api/v1/articles/" + id, null, "Authorization", "Bearer " + token));
            during.put("save", session.post("/newsroom/articles/" + id, fields("Typed during the window", body, 1)));
            StaffSession newcomer = new StaffSession(port);
            during.put("sign-in page", newcomer.get("/newsroom/login"));
            during.put("sign-in", newcomer.signIn(otherEmail, PASSWORD));
        });

        // Reading needs no write: the session's last-access time waits for the window to pass.
        for (String read : new String[] {"dashboard", "editor"}) {
            HttpResponse<String> response = during.get(read);
            assertThat(response.statusCode()).as(read + ": " + response.body()).isEqualTo(200);
        }
        HttpResponse<String> apiRead = during.get("api read");
        assertThat(apiRead.statusCode()).as(apiRead.body()).isEqualTo(200);
        // A newcomer's session cannot be stored: the sign-in page, rendered already, is replaced by the 503 page.
        HttpResponse<String> signInPage = during.get("sign-in page");
        assertThat(signInPage.statusCode()).as(signInPage.body()).isEqualTo(503);
        assertThat(signInPage.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(Jsoup.parse(signInPage.body()).title()).doesNotContain("Sign in");
        HttpResponse<String> save = during.get("save");
        assertThat(save.statusCode()).as(save.body()).isEqualTo(503);
        assertThat(save.headers().firstValue("Retry-After")).hasValue("10");
        Document page = Jsoup.parse(save.body());
        assertThat(page.select("[name=headline]").attr("value")).isEqualTo("Typed during the window");
        assertThat(page.select("textarea[name=body]").first().wholeText()).isEqualTo(body);
        assertThat(headline(id)).isEqualTo("Before the window");
        HttpResponse<String> signIn = during.get("sign-in");
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(503);
        assertThat(signIn.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(signIn.body()).doesNotContain(PASSWORD);

        // After the window: the same session, the same form.
        assertThat(session.get("/newsroom").statusCode()).isEqualTo(200);
        session.get("/newsroom/articles/" + id);
        HttpResponse<String> again =
                session.post("/newsroom/articles/" + id, fields("Typed during the window", body, 1));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(302);
        assertThat(headline(id)).isEqualTo("Typed during the window");
        assertThat(new StaffSession(port).signIn(otherEmail, PASSWORD).statusCode())
                .isEqualTo(302);
    }

    /**
     * Makes the database read-only for new transactions, as a failover does, while {@code during} runs: the
     * setting applies to new connections, so the pool's are replaced. It is always undone, even when
     * {@code during} fails, because every test in this JVM shares the database.
     */
    private void whileReadOnly(Runnable during) throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        String database =
                jdbc.sql("SELECT current_database()").query(String.class).single();
        execute("ALTER DATABASE \"" + database + "\" SET default_transaction_read_only = on");
        try {
            pool.getHikariPoolMXBean().softEvictConnections();
            assertThat(jdbc.sql("SHOW default_transaction_read_only")
                            .query(String.class)
                            .single())
                    .isEqualTo("on");
            during.run();
        } finally {
            // A connection opened in the window starts read-only: lift it for this session first.
            execute("SET default_transaction_read_only = off; ALTER DATABASE \"" + database
                    + "\" RESET default_transaction_read_only");
            pool.getHikariPoolMXBean().softEvictConnections();
        }
        assertThat(jdbc.sql("SHOW default_transaction_read_only")
                        .query(String.class)
                        .single())
                .isEqualTo("off");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            // One transaction per statement: a transaction begun read-only stays read-only.
            for (String one : sql.split("; ")) {
                statement.execute(one);
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            }
        }
    }

    private String account(Role role) {
        String email = "window-" + UUID.randomUUID() + "@test.example";
        accounts.create(null, email, "Window " + role.code(), role, PASSWORD);
        return email;
    }

    private StaffSession signedIn(String email) {
        StaffSession session = new StaffSession(port);
        assertThat(session.signIn(email, PASSWORD).statusCode()).isEqualTo(302);
        return session;
    }

    private static long createStory(StaffSession session, String headline) {
        session.get("/newsroom/articles/new");
        HttpResponse<String> created = session.post("/newsroom/articles", fields(headline, "Old text.", 0));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static Map<String, String> fields(String headline, String body, int version) {
        Map<String, String> fields = new HashMap<>();
        fields.put("version", Integer.toString(version));
        fields.put("language", "en");
        fields.put("headline", headline);
        fields.put("standfirst", "A standfirst.");
        fields.put("body", body);
        fields.put("datelinePlace", "Baku");
        fields.put("category", "politics");
        fields.put("urgency", "normal");
        fields.put("tags", "");
        fields.put("credit", "");
        fields.put("sourceKind", "open-sources");
        return fields;
    }

    private String headline(long id) {
        return jdbc.sql("SELECT headline FROM article WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
