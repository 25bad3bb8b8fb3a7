package org.newsline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.account.Accounts;
import org.newsline.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An editor whose save the database cannot take gets the editor back with every word they typed. */
@IntegrationTest
class EditorOutageIntegrationTests {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @LocalServerPort
    int port;

    private StaffSession signedIn() {
        String email = "outage-" + UUID.randomUUID() + "@test.example";
        accounts.create(null, email, "Outage editor", Role.EDITOR, NewsroomScreensIntegrationTests.PASSWORD);
        StaffSession session = new StaffSession(port);
        session.signIn(email, NewsroomScreensIntegrationTests.PASSWORD);
        return session;
    }

    private static Map<String, String> fields(String headline, String body, int version) {
        Map<String, String> fields = new HashMap<>();
        fields.put("version", Integer.toString(version));
        fields.put("language", "en");
        fields.put("headline", headline);
        fields.put("standfirst", "Standfirst typed during the outage.");
        fields.put("body", body);
        fields.put("datelinePlace", "Baku");
        fields.put("category", "politics");
        fields.put("urgency", "normal");
        fields.put("tags", "");
        fields.put("credit", "");
        fields.put("sourceKind", "open-sources");
        return fields;
    }

    @Test
    void aSaveTheDatabaseCannotTakeShowsTheEditorAgainWithEverythingTyped() throws Exception {
        StaffSession session = signedIn();
        session.get("/newsroom/articles/new");
        HttpResponse<String> created = session.post("/newsroom/articles", fields("Before the outage", "Old text.", 0));
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        session.get("/newsroom/articles/" + id);
        String body = "Paragraph one <b>with markup</b> & \"quotes\".\n\nParagraph two, typed for an hour.";

        HttpResponse<String> failed;
        // Another transaction holds the story's row: the save waits until the statement timeout cuts it.
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("SELECT id FROM article WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, id);
                lock.executeQuery().close();
            }
            failed = session.post("/newsroom/articles/" + id, fields("Headline typed during the outage", body, 1));
            holder.rollback();
        }

        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(failed.headers().firstValue("Retry-After")).hasValue("10");
        Document page = Jsoup.parse(failed.body());
        assertThat(page.select(".nr-notice").text()).startsWith("Not saved: the database is unavailable");
        assertThat(page.select("#headline").attr("value")).isEqualTo("Headline typed during the outage");
        assertThat(page.select("textarea[name=body]").first().wholeText()).isEqualTo(body);
        assertThat(page.select("input[name=version]").attr("value")).isEqualTo("1");
        assertThat(headline(id)).isEqualTo("Before the outage");

        // Once the database answers again, sending the same form saves it.
        HttpResponse<String> again =
                session.post("/newsroom/articles/" + id, fields("Headline typed during the outage", body, 1));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(headline(id)).isEqualTo("Headline typed during the outage");
    }

    private String headline(long id) {
        return jdbc.sql("SELECT headline FROM article WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
