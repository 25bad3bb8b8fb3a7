package org.newsline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.account.Accounts;
import org.newsline.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class EntityQueueIntegrationTests {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private StaffSession signedIn(Role role) {
        String email = role.code() + "-" + UUID.randomUUID() + "@test.example";
        accounts.create(null, email, "Names " + role.code(), role, NewsroomApiIntegrationTests.PASSWORD);
        StaffSession session = new StaffSession(port);
        session.signIn(email, NewsroomApiIntegrationTests.PASSWORD);
        return session;
    }

    /** A queued name, with a stored quote under it that names nobody in the registry yet. */
    private long candidate(String name) {
        String key = org.newsline.search.NameKeys.of(name) + "-" + UUID.randomUUID();
        return jdbc.sql("INSERT INTO quote_candidate (name, name_key, lang) VALUES (:name, :key, 'en') RETURNING id")
                .param("name", name)
                .param("key", key)
                .query(Long.class)
                .single();
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM quote_candidate WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    @Test
    void anEditorAcceptsANameAsANewPersonAndDismissesAnother() {
        String name = "Nadir Testov " + UUID.randomUUID().toString().substring(0, 4);
        long accepted = candidate(name);
        long dismissed = candidate("Someone Else");
        StaffSession editor = signedIn(Role.EDITOR);
        HttpResponse<String> screen = editor.get("/newsroom/entities");
        assertThat(screen.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(screen.body()).select("td").eachText()).anyMatch(t -> t.startsWith(name));

        HttpResponse<String> accept =
                editor.post("/newsroom/entities/" + accepted + "/accept", Map.of("kind", "person"));
        assertThat(accept.statusCode()).isEqualTo(302);
        assertThat(status(accepted)).isEqualTo("accepted");
        assertThat(jdbc.sql("SELECT kind FROM quote_entity WHERE name_en = :name")
                        .param("name", name)
                        .query(String.class)
                        .single())
                .isEqualTo("person");

        editor.get("/newsroom/entities");
        assertThat(editor.post("/newsroom/entities/" + dismissed + "/dismiss", Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(status(dismissed)).isEqualTo("dismissed");

        // Deciding twice is a conflict, not an error.
        editor.get("/newsroom/entities");
        assertThat(editor.post("/newsroom/entities/" + dismissed + "/dismiss", Map.of())
                        .statusCode())
                .isEqualTo(409);
        editor.get("/newsroom/entities");
        assertThat(editor.post("/newsroom/entities/" + candidate("X Y") + "/accept", Map.of("kind", "planet"))
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void aNameMergedIntoAKnownEntityBecomesItsAlias() {
        long entity = jdbc.sql("""
                        INSERT INTO quote_entity (kind, slug, name_az, name_ru, name_en)
                        VALUES ('person', :slug, 'Ad', 'Имя', 'Name') RETURNING id""")
                .param("slug", "merge-" + UUID.randomUUID())
                .query(Long.class)
                .single();
        long id = candidate("Nickname Person");
        StaffSession editor = signedIn(Role.ADMIN);
        editor.get("/newsroom/entities");
        assertThat(editor.post("/newsroom/entities/" + id + "/merge", Map.of("entityId", Long.toString(entity)))
                        .statusCode())
                .isEqualTo(302);
        assertThat(jdbc.sql("SELECT alias FROM quote_alias WHERE entity_id = :id")
                        .param("id", entity)
                        .query(String.class)
                        .list())
                .contains("Nickname Person");
    }

    @Test
    void correspondentsCannotSeeTheQueueAndFormsNeedTheCsrfToken() {
        long id = candidate("Guarded Name");
        StaffSession correspondent = signedIn(Role.CORRESPONDENT);
        assertThat(correspondent.get("/newsroom/entities").statusCode()).isEqualTo(403);
        StaffSession editor = signedIn(Role.EDITOR);
        editor.get("/newsroom/entities");
        assertThat(editor.postWithToken("/newsroom/entities/" + id + "/dismiss", Map.of(), null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(status(id)).isEqualTo("pending");
    }
}
