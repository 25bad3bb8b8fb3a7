package org.newsline.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.MutableClock;
import org.newsline.SiteClient;
import org.newsline.account.Accounts;
import org.newsline.account.Role;
import org.newsline.article.ArticleBuilder;
import org.newsline.article.ArticleWriter;
import org.newsline.article.ChangeLogRepository;
import org.newsline.platform.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class WirePullIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Accounts accounts;

    @Autowired
    ArticleWriter writer;

    @Autowired
    ChangeLogRepository changeLog;

    @Autowired
    MutableClock clock;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @LocalServerPort
    int port;

    SiteClient site;
    String admin;
    String key;
    String subscriber;

    @BeforeEach
    void setUp() {
        site = new SiteClient(port);
        admin = WireTestSupport.staffToken(accounts, site, Role.ADMIN);
        String body = WireTestSupport.createSubscriber(
                site,
                admin,
                "{\"name\":\"Pravda Daily\",\"products\":[{\"languages\":[\"ru\"],\"categories\":[\"politics\"]}]}");
        subscriber = WireTestSupport.field(body, "id");
        key = WireTestSupport.createKey(site, admin, subscriber);
    }

    private HttpResponse<String> pull(String path, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = "Bearer " + key;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return site.get(path, all);
    }

    private static String guid(long id) {
        return "tag:newsline,2026:article-" + id;
    }

    @Test
    void pagesFollowTheChangeLogWithoutSkippingOrRepeatingAndOnlyEntitledItems() {
        long start = changeLog.latestId();
        long ru = ArticleBuilder.story(writer)
                .in(Language.RU)
                .category("politics")
                .publishedAt(clock.instant());
        long en = ArticleBuilder.story(writer)
                .in(Language.EN)
                .category("politics")
                .publishedAt(clock.instant());
        long sport =
                ArticleBuilder.story(writer).in(Language.RU).category("sport").publishedAt(clock.instant());
        writer.correct(ru, "A name was misspelt.");
        long second = ArticleBuilder.story(writer)
                .in(Language.RU)
                .category("politics")
                .publishedAt(clock.instant());
        writer.unpublish(second, "Duplicate");

        List<String> seen = new ArrayList<>();
        String cursor = Long.toString(start);
        for (int page = 0; page < 50; page++) {
            HttpResponse<String> response = pull("/wire/v1/items?limit=1&since=" + cursor);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode json = JSON.readTree(response.body());
            for (JsonNode item : json.get("items")) {
                assertThat(item.get("language").asString()).isEqualTo("ru");
                assertThat(item.get("subjects").get(0).get("literal").asString())
                        .isEqualTo("politics");
                seen.add(item.get("uri").asString() + " v" + item.get("version").asString() + " "
                        + item.get("pubstatus").asString());
            }
            String next = json.get("next").asString();
            if (json.get("items").isEmpty()) {
                assertThat(next).isEqualTo(cursor);
                break;
            }
            cursor = next;
        }
        List<String> mine = seen.stream()
                .filter(s -> s.startsWith(guid(ru) + " ") || s.startsWith(guid(second) + " "))
                .toList();
        assertThat(mine).hasSize(4).doesNotHaveDuplicates();
        assertThat(mine.get(0)).startsWith(guid(ru) + " ").endsWith("usable");
        assertThat(mine.get(1)).startsWith(guid(ru) + " ").endsWith("usable");
        assertThat(mine.get(3)).startsWith(guid(second) + " ").endsWith("canceled");
        assertThat(seen).noneMatch(s -> s.startsWith(guid(en) + " ") || s.startsWith(guid(sport) + " "));
    }

    @Test
    void singleItemsAndVersionsInEveryFormat() {
        long ru = ArticleBuilder.story(writer)
                .in(Language.RU)
                .category("politics")
                .publishedAt(clock.instant());
        int published = ArticleBuilder.versionOf(jdbc, ru);
        writer.correct(ru, "Date fixed.");
        int corrected = ArticleBuilder.versionOf(jdbc, ru);

        HttpResponse<String> latest = pull("/wire/v1/items/" + guid(ru));
        assertThat(latest.statusCode()).isEqualTo(200);
        assertThat(latest.headers().firstValue("Content-Type").orElse("")).startsWith("application/ninjs+json");
        assertThat(latest.body()).contains("\"version\":\"" + corrected + "\"", "Date fixed.");
        assertThat(pull("/wire/v1/items/" + guid(ru) + "/versions/" + published).body())
                .contains("\"version\":\"" + published + "\"")
                .doesNotContain("Date fixed.");
        assertThat(pull("/wire/v1/items/" + guid(ru) + "?format=ninjs3").body()).contains("\"pubStatus\":\"usable\"");
        HttpResponse<String> xml = pull("/wire/v1/items/" + guid(ru), "Accept", "application/xml");
        assertThat(xml.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.iptc.g2.newsitem+xml");
        WireStandards.assertValidNewsml(xml.body());
        WireStandards.assertValidNewsml(
                pull("/wire/v1/items?format=newsml&limit=5").body());
        WireStandards.assertValidNinjs(
                "3.1", pull("/wire/v1/items/" + guid(ru) + "?format=ninjs3").body());
    }

    private void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status);
    }

    @Test
    void errorsAreProblemJson() {
        long en = ArticleBuilder.story(writer)
                .in(Language.EN)
                .category("politics")
                .publishedAt(clock.instant());
        long draft = ArticleBuilder.story(writer)
                .in(Language.RU)
                .category("politics")
                .draft();
        long ru = ArticleBuilder.story(writer)
                .in(Language.RU)
                .category("politics")
                .publishedAt(clock.instant());
        assertProblem(site.get("/wire/v1/items"), 401);
        assertProblem(site.get("/wire/v1/items", "Authorization", "Bearer nlw_wrong"), 401);
        assertProblem(pull("/wire/v1/items/" + guid(en)), 403);
        assertProblem(pull("/wire/v1/items/" + guid(draft)), 404);
        assertProblem(pull("/wire/v1/items/tag:elsewhere:1"), 404);
        assertProblem(pull("/wire/v1/items/" + guid(ru) + "/versions/999"), 404);
        assertProblem(pull("/wire/v1/items?since=abc"), 400);
        assertProblem(pull("/wire/v1/items?limit=0"), 400);
        assertProblem(pull("/wire/v1/items?format=rss"), 400);
        assertProblem(pull("/wire/v1/nothing-here"), 404);
    }

    @Test
    void anEmbargoedStoryIsNotPulledBeforeReleaseByOrdinarySubscribers() {
        long start = changeLog.latestId();
        long story = ArticleBuilder.story(writer)
                .in(Language.RU)
                .category("politics")
                .embargoUntil(clock.instant().plus(Duration.ofHours(3)))
                .publishedAt(clock.instant());
        assertThat(pull("/wire/v1/items?since=" + start).body()).doesNotContain(guid(story));
        assertProblem(pull("/wire/v1/items/" + guid(story)), 404);
    }

    @Test
    void revokedKeysStopWorkingAndUseIsRecorded() {
        assertThat(pull("/wire/v1/items?limit=1").statusCode()).isEqualTo(200);
        HttpResponse<String> shown = site.get("/api/v1/subscribers/" + subscriber, "Authorization", "Bearer " + admin);
        assertThat(shown.body()).contains("\"lastUsedAt\":\"").doesNotContain(key);
        String keyId = WireTestSupport.field(shown.body().substring(shown.body().indexOf("\"keys\"")), "id");
        assertThat(site.send(
                                "DELETE",
                                "/api/v1/subscribers/" + subscriber + "/keys/" + keyId,
                                null,
                                "Authorization",
                                "Bearer " + admin)
                        .statusCode())
                .isEqualTo(204);
        assertProblem(pull("/wire/v1/items?limit=1"), 401);
    }

    @Test
    void eachKeyIsRateLimitedWithRetryAfter() {
        String body = WireTestSupport.createSubscriber(
                site, admin, "{\"name\":\"Small\",\"requestsPerMinute\":2,\"products\":[{}]}");
        String limited = WireTestSupport.createKey(site, admin, WireTestSupport.field(body, "id"));
        for (int i = 0; i < 2; i++) {
            assertThat(site.get("/wire/v1/items?limit=1", "Authorization", "Bearer " + limited)
                            .statusCode())
                    .isEqualTo(200);
        }
        HttpResponse<String> refused = site.get("/wire/v1/items?limit=1", "Authorization", "Bearer " + limited);
        assertProblem(refused, 429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(pull("/wire/v1/items?limit=1").statusCode()).isEqualTo(200);
    }

    @Test
    void onlyAdminsManageSubscribersAndBadInputIsRefused() {
        String editor = WireTestSupport.staffToken(accounts, site, Role.EDITOR);
        String json = "{\"name\":\"X\",\"products\":[{}]}";
        assertProblem(site.send("POST", "/api/v1/subscribers", json, "Authorization", "Bearer " + editor), 403);
        assertProblem(site.send("POST", "/api/v1/subscribers", json), 401);
        for (String bad : List.of(
                "{\"products\":[{}]}",
                "{\"name\":\"X\",\"products\":[]}",
                "{\"name\":\"X\",\"products\":[{\"languages\":[\"fr\"]}]}",
                "{\"name\":\"X\",\"products\":[{\"categories\":[\"gossip\"]}]}",
                "{\"name\":\"X\",\"products\":[{\"minUrgency\":\"soon\"}]}",
                "{\"name\":\"X\",\"products\":[{}],\"webhook\":{\"url\":\"ftp://example.com/\"}}",
                "{\"name\":\"X\",\"products\":[{}],\"webhook\":{\"url\":\"https://8.8.8.8/\",\"format\":\"rss\"}}",
                "not json")) {
            assertProblem(site.send("POST", "/api/v1/subscribers", bad, "Authorization", "Bearer " + admin), 400);
        }
        assertProblem(
                site.send("POST", "/api/v1/subscribers/999999/keys", null, "Authorization", "Bearer " + admin), 404);
    }
}
