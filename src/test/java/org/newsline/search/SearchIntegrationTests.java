package org.newsline.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.article.ArticleBuilder.story;

import com.jayway.jsonpath.JsonPath;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.MutableClock;
import org.newsline.SiteClient;
import org.newsline.article.ArticleBuilder;
import org.newsline.article.ArticleWriter;
import org.newsline.article.Author;
import org.newsline.platform.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SearchIntegrationTests {

    @Autowired
    ArticleWriter writer;

    @Autowired
    org.newsline.article.CatalogWriter catalog;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    SiteClient site;

    /** A word no other test's story contains, so assertions see only this test's stories. */
    String token;

    @BeforeEach
    void setUp() {
        site = new SiteClient(port);
        token = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private String api(String query) {
        HttpResponse<String> response = site.get("/api/v1/search?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private List<Integer> idsFound(String text) {
        return JsonPath.read(api("q=" + enc(text)), "$.results[*].id");
    }

    /** Polls the API until the condition holds, for at most {@code within}; returns the last ids seen. */
    private List<Integer> awaitIds(String text, Duration within, Predicate<List<Integer>> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        List<Integer> ids = idsFound(text);
        while (!condition.test(ids) && System.nanoTime() < deadline) {
            Thread.sleep(25);
            ids = idsFound(text);
        }
        return ids;
    }

    @Test
    void aPublishedStoryIsFoundWithinASecondAndAnUnpublishedOneIsGoneWithinASecond() throws Exception {
        long id = story(writer).headline("Harbour reopens " + token).draft();
        assertThat(idsFound(token)).isEmpty();

        writer.publish(id, clock.instant());
        assertThat(awaitIds(token, Duration.ofSeconds(1), ids -> ids.contains((int) id)))
                .containsExactly((int) id);

        writer.unpublish(id, "Withdrawn for a test.");
        assertThat(awaitIds(token, Duration.ofSeconds(1), List::isEmpty)).isEmpty();
    }

    @Test
    void anUpdatedStoryIsFoundByItsNewWordsWithinASecond() throws Exception {
        ArticleBuilder builder = story(writer).headline("Old headline " + token);
        long id = builder.publishedAt(clock.instant());
        awaitIds(token, Duration.ofSeconds(2), ids -> ids.contains((int) id));

        writer.update(id, builder.headline("Fresh words " + token + "x").toDraft(), ArticleBuilder.versionOf(jdbc, id));

        assertThat(awaitIds(token + "x", Duration.ofSeconds(1), ids -> ids.contains((int) id)))
                .containsExactly((int) id);
        assertThat(idsFound(token)).isEmpty();
    }

    @Test
    void aScheduledStoryIsFoundOnlyOnceItsTimeHasCome() throws Exception {
        long id = story(writer)
                .headline("Scheduled " + token)
                .publishedAt(clock.instant().plusSeconds(3600));
        Thread.sleep(300);

        assertThat(idsFound(token)).isEmpty();
        clock.advance(Duration.ofHours(2));
        try {
            // The release job is polled for, then indexed: more than a second on a busy machine.
            assertThat(awaitIds(token, Duration.ofSeconds(10), ids -> !ids.isEmpty()))
                    .containsExactly((int) id);
        } finally {
            clock.advance(Duration.ofHours(-2));
        }
    }

    @Test
    void amongEqualScoresTheNewestComeFirstOnEveryPage() throws Exception {
        // Stories alike but for a number score alike: published oldest first, so the index holds the oldest
        // first, and more of them than two pages, so that a cut by index order would show. (The number keeps
        // headlines apart for tests that tell stories by headline.)
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ids.add(story(writer)
                    .headline("Exchange rates " + token + " " + (10 + i))
                    .body("The central bank set the rates for today.")
                    .publishedAt(clock.instant().minus(Duration.ofHours(25 - i))));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while ((Integer) JsonPath.read(api("q=" + token), "$.total") < ids.size() && System.nanoTime() < deadline) {
            Thread.sleep(25);
        }
        java.util.Collections.reverse(ids);

        List<Integer> first = JsonPath.read(api("q=" + token), "$.results[*].id");
        List<Integer> second = JsonPath.read(api("q=" + token + "&page=2"), "$.results[*].id");

        assertThat(first)
                .containsExactlyElementsOf(
                        ids.subList(0, 10).stream().map(Long::intValue).toList());
        assertThat(second)
                .containsExactlyElementsOf(
                        ids.subList(10, 20).stream().map(Long::intValue).toList());
    }

    @Test
    void facetCountsEqualTheHitsOfEachFilter() throws Exception {
        Author correspondent = ArticleBuilder.author(catalog, "Test correspondent");
        story(writer)
                .headline("Budget " + token)
                .category("economy")
                .by(correspondent)
                .publishedAt(clock.instant());
        story(writer)
                .in(Language.RU)
                .headline("Бюджет " + token)
                .category("economy")
                .publishedAt(clock.instant());
        story(writer)
                .in(Language.AZ)
                .headline("Büdcə " + token)
                .category("politics")
                .by(correspondent)
                .publishedAt(clock.instant().minus(Duration.ofDays(20)));
        awaitIds(token, Duration.ofSeconds(2), ids -> ids.size() == 3);

        String all = api("q=" + token);
        assertThat((Integer) JsonPath.read(all, "$.total")).isEqualTo(3);
        for (String facet : List.of("language", "category", "author", "date")) {
            List<Map<String, Object>> values = JsonPath.read(all, "$.facets." + facet);
            assertThat(values).as(facet).isNotEmpty();
            for (Map<String, Object> value : values) {
                String narrowed = api("q=" + token + "&" + facet + "=" + value.get("value"));
                assertThat((Integer) JsonPath.read(narrowed, "$.total"))
                        .as(facet + "=" + value.get("value"))
                        .isEqualTo(((Number) value.get("count")).intValue());
            }
        }
        assertThat(JsonPath.<List<Integer>>read(all, "$.facets.date[?(@.value == 'week')].count"))
                .containsExactly(2);
    }

    @Test
    void namesAreFoundAcrossScriptsAndMarkedInTheSnippet() throws Exception {
        long en =
                story(writer).headline("President Aliyev meets envoy " + token).publishedAt(clock.instant());
        long ru = story(writer)
                .in(Language.RU)
                .headline("Блинкен прибыл " + token)
                .publishedAt(clock.instant());
        awaitIds(token, Duration.ofSeconds(2), ids -> ids.size() == 2);

        assertThat(idsFound("Алиев " + token)).containsExactly((int) en);
        assertThat(idsFound("Blinken " + token)).containsExactly((int) ru);
        Document page = site.page("/ru/search?q=" + enc("Алиев " + token));
        assertThat(page.select(".result h2 mark").eachText()).contains("Aliyev");
    }

    @Test
    void snippetsAreEscapedAndOnlyMarkIsMarkup() throws Exception {
        story(writer)
                .headline("Tags <b>" + token + "</b>")
                .body("Someone wrote <script>alert(1)</script> & <img src=x onerror=alert(2)> near " + token + ".")
                .publishedAt(clock.instant());
        awaitIds(token, Duration.ofSeconds(2), ids -> !ids.isEmpty());

        Document page = site.page("/en/search?q=" + token);
        Element result = page.selectFirst(".result");
        assertThat(result).isNotNull();
        assertThat(result.select("script, img, b")).isEmpty();
        assertThat(result.select(".card-title mark").text()).isEqualTo(token);
        assertThat(result.select(".snippet mark").text()).isEqualTo(token);
        String snippet = JsonPath.read(api("q=" + token), "$.results[0].snippetHtml");
        assertThat(snippet.replaceAll("</?mark>", "")).doesNotContain("<").doesNotContain(">");
    }

    @Test
    void anyTypedTextAnswersAPageNeverAnError() {
        for (String typed : List.of(
                "\"", "-", "\"unclosed " + token, "(((", "AND OR NOT", "*?~^:\\/[]{}", "'; DROP", "a".repeat(2000))) {
            HttpResponse<String> response = site.get("/en/search?q=" + enc(typed));
            assertThat(response.statusCode()).as(typed).isEqualTo(200);
            assertThat(site.get("/api/v1/search?q=" + enc(typed)).statusCode())
                    .as(typed)
                    .isEqualTo(200);
        }
    }

    @Test
    void malformedParametersAnswerAClearBadRequest() {
        for (String query : List.of(
                "page=0",
                "page=abc",
                "page=999",
                "sort=best",
                "language=de",
                "date=decade",
                "category=Bad%20Slug",
                "category=no-such-section")) {
            HttpResponse<String> response = site.get("/api/v1/search?q=x&" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(site.get("/en/search?q=x&" + query).statusCode())
                    .as(query)
                    .isEqualTo(400);
        }
    }

    @Test
    void anEmptyQueryShowsTheLatestStoriesAndPhrasesAndExclusionsWork() throws Exception {
        long phrase = story(writer).headline("Oil price falls " + token).publishedAt(clock.instant());
        long apart = story(writer).headline("Price of oil and gold " + token).publishedAt(clock.instant());
        awaitIds(token, Duration.ofSeconds(2), ids -> ids.size() == 2);

        assertThat(idsFound("\"oil price\" " + token)).containsExactly((int) phrase);
        assertThat(idsFound(token + " -gold")).containsExactly((int) phrase);
        Document latest = site.page("/en/search");
        assertThat(latest.select("h1").text()).isEqualTo("Latest stories");
        assertThat(latest.select(".result").size()).isBetween(1, 10);
        assertThat((Integer) JsonPath.read(api(""), "$.total")).isGreaterThanOrEqualTo(2);
        assertThat(apart).isNotEqualTo(phrase);
    }

    @Test
    void theMastheadHasASearchFormThatWorksWithoutScript() {
        Document home = site.page("/az/");
        Element form = home.selectFirst("header form[role=search]");
        assertThat(form).isNotNull();
        assertThat(form.attr("action")).isEqualTo("/az/search");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(home.select("label[for=site-search-q]")).hasSize(1);
    }
}
