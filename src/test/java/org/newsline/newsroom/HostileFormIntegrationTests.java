package org.newsline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.SiteClient;
import org.newsline.account.Accounts;
import org.newsline.account.Role;
import org.newsline.account.StaffCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Inputs the fuzzer found answering 500: now a clear 400, or simply done. */
@IntegrationTest
class HostileFormIntegrationTests {

    @Autowired
    Accounts accounts;

    @LocalServerPort
    int port;

    @Test
    void lettersInANumberFieldOfTheEditorAnswer400NamingTheField() {
        String email = "form-" + UUID.randomUUID() + "@test.example";
        accounts.create(null, email, "Form tester", Role.EDITOR, NewsroomApiIntegrationTests.PASSWORD);
        StaffSession session = new StaffSession(port);
        session.signIn(email, NewsroomApiIntegrationTests.PASSWORD);
        session.get("/newsroom/articles/new");
        Map<String, String> fields = new HashMap<>();
        fields.put("version", "AAAA<b>");
        fields.put("language", "en");
        fields.put("headline", "Malformed version");
        fields.put("category", "politics");

        HttpResponse<String> response = session.post("/newsroom/articles", fields);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).select(".error-detail").text())
                .isEqualTo("The form field 'version' is malformed.");
    }

    @Test
    void storiesCreatedAtOnceWithTheSameSlugAllGetOneOfTheirOwn() throws Exception {
        String email = "slug-" + UUID.randomUUID() + "@test.example";
        accounts.create(null, email, "Slug tester", Role.EDITOR, NewsroomApiIntegrationTests.PASSWORD);
        SiteClient site = new SiteClient(port);
        String token = NewsroomApiIntegrationTests.field(
                site.send(
                                "POST",
                                "/api/v1/tokens",
                                StaffCodes.tokenRequest(port, email, NewsroomApiIntegrationTests.PASSWORD))
                        .body(),
                "token");
        String slug = "same-" + UUID.randomUUID().toString().substring(0, 8);
        String story =
                "{\"language\":\"en\",\"headline\":\"Same slug\",\"category\":\"politics\",\"slug\":\"" + slug + "\"}";
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Callable<HttpResponse<String>> call =
                        () -> site.send("POST", "/api/v1/articles", story, "Authorization", "Bearer " + token);
                calls.add(pool.submit(call));
            }
            List<String> slugs = new ArrayList<>();
            for (Future<HttpResponse<String>> call : calls) {
                HttpResponse<String> response = call.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                slugs.add(NewsroomApiIntegrationTests.field(response.body(), "slug"));
            }
            assertThat(slugs).doesNotHaveDuplicates().contains(slug).allMatch(s -> s.startsWith(slug));
        } finally {
            pool.shutdownNow();
        }
    }
}
