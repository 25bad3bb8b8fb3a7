package org.newsline.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.article.ArticleBuilder.story;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.SiteClient;
import org.newsline.account.Accounts;
import org.newsline.account.Role;
import org.newsline.account.StaffCodes;
import org.newsline.article.ArticleBuilder;
import org.newsline.article.ArticlePaths;
import org.newsline.article.ArticleWriter;
import org.newsline.platform.Language;
import org.newsline.web.PageCache;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public page cache, in a context of its own where it is switched on. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "newsline.demo.enabled=false",
            "newsline.home=target/test-home/${random.uuid}",
            "newsline.cache.enabled=true"
        })
class PageCacheIntegrationTests {

    @Autowired
    ArticleWriter writer;

    @Autowired
    ArticlePaths paths;

    @Autowired
    PageCache cache;

    @Autowired
    Accounts accounts;

    @LocalServerPort
    int port;

    SiteClient site;
    Instant at;

    @BeforeEach
    void setUp() {
        site = new SiteClient(port);
        at = Instant.now().minusSeconds(60);
    }

    private String publish(ArticleBuilder builder, String slug) {
        builder.slug(slug).publishedAt(at);
        return paths.article(Language.EN, at, slug);
    }

    private HttpResponse<String> awaitPage(String path, Predicate<HttpResponse<String>> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        HttpResponse<String> response = site.get(path);
        while (!condition.test(response) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            response = site.get(path);
        }
        return response;
    }

    @Test
    void aSecondRequestIsServedFromMemoryWithValidators() {
        String path = publish(story(writer), "cached-" + System.nanoTime());

        HttpResponse<String> first = site.get(path);
        HttpResponse<String> second = site.get(path);

        assertThat(first.headers().firstValue("X-Newsline-Cache")).hasValue("miss");
        assertThat(second.headers().firstValue("X-Newsline-Cache")).hasValue("hit");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value)
                        .contains("max-age=30")
                        .contains("stale-while-revalidate")
                        .contains("stale-if-error"));
        String etag = second.headers().firstValue("ETag").orElseThrow();
        assertThat(site.get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
        String lastModified = second.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(site.get(path, "If-Modified-Since", lastModified).statusCode())
                .isEqualTo(304);
    }

    @Test
    void aCorrectionRefreshesTheStoryWithinASecondAndLeavesOtherPagesCached() throws InterruptedException {
        ArticleBuilder corrected = story(writer);
        String correctedPath = publish(corrected, "to-correct-" + System.nanoTime());
        // Another language, so it cannot list the corrected story among its related stories.
        String otherSlug = "untouched-" + System.nanoTime();
        story(writer).in(Language.RU).slug(otherSlug).publishedAt(at);
        String otherPath = paths.article(Language.RU, at, otherSlug);
        site.get(correctedPath);
        site.get(otherPath);

        writer.correct(articleId(correctedPath), "The minister's name was misspelt.");

        HttpResponse<String> refreshed = awaitPage(correctedPath, r -> r.body().contains("misspelt"));
        assertThat(refreshed.body()).contains("The minister's name was misspelt.");
        assertThat(site.get(otherPath).headers().firstValue("X-Newsline-Cache")).hasValue("hit");
    }

    @Test
    void anEditorsReplyUnderAReviewRefreshesTheCachedStoryWithinASecond() throws InterruptedException {
        String path = publish(story(writer), "replied-" + System.nanoTime());
        long review = jdbc.sql("""
                        INSERT INTO review (article_id, kind, status, author_name, email, body, address_hash, created_at)
                        VALUES (:article, 'review', 'approved', 'Reader', 'r@example.org', 'A question', 'test', now())
                        RETURNING id""")
                .param("article", articleId(path))
                .query(Long.class)
                .single();
        String email = "cache-editor-" + System.nanoTime() + "@test.example";
        accounts.create(null, email, "Cache Editor", Role.EDITOR, "correct horse battery");
        String token = site.send(
                        "POST", "/api/v1/tokens", StaffCodes.tokenRequest(site.port(), email, "correct horse battery"))
                .body()
                .replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        site.get(path);
        assertThat(site.get(path).headers().firstValue("X-Newsline-Cache")).hasValue("hit");

        HttpResponse<String> replied = site.send(
                "POST",
                "/api/v1/reviews/" + review + "/reply",
                "{\"text\":\"An answer from the desk\"}",
                "Authorization",
                "Bearer " + token);

        assertThat(replied.statusCode()).as(replied.body()).isEqualTo(200);
        assertThat(awaitPage(path, r -> r.body().contains("An answer from the desk"))
                        .body())
                .contains("An answer from the desk");
    }

    @Test
    void aPublishShowsOnTheCachedNewsLineWithinASecond() throws InterruptedException {
        site.get("/en/news-line");
        site.get("/en/news-line");
        ArticleBuilder fresh = story(writer);

        fresh.publishedAt(Instant.now());

        assertThat(awaitPage("/en/news-line", r -> r.body().contains(fresh.headline()))
                        .body())
                .contains(fresh.headline());
    }

    @Test
    void aSearchPageIsServedFromMemoryAndShowsAPublishWithinASecond() throws InterruptedException {
        String word = "zqcached" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        String path = "/en/search?q=" + word;
        site.get(path);
        assertThat(site.get(path).headers().firstValue("X-Newsline-Cache")).hasValue("hit");
        ArticleBuilder fresh = story(writer).body("The " + word + " ferry resumed its crossings.");

        long id = fresh.publishedAt(Instant.now());

        assertThat(awaitPage(path, r -> r.body().contains(fresh.headline())).body())
                .contains(fresh.headline());
        writer.unpublish(id, "Withdrawn for a test");
        assertThat(awaitPage(path, r -> !r.body().contains(fresh.headline())).body())
                .doesNotContain(fresh.headline());
    }

    @Test
    void concurrentRequestsForAnUncachedPageRenderItOnce() throws Exception {
        String path = publish(story(writer), "stampede-" + System.nanoTime());
        Thread.sleep(1_000); // let the publish's own invalidation pass, so it cannot drop the page mid-test
        long before = cache.renders();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            results.add(pool.submit(() -> new SiteClient(port).get(path).statusCode()));
        }
        for (Future<Integer> result : results) {
            assertThat(result.get()).isEqualTo(200);
        }
        pool.shutdown();

        assertThat(cache.renders() - before).isEqualTo(1);
    }

    @Test
    void theLiveNewsLineStreamIsNeverBuffered() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/en/news-line/live"))
                .header("Accept", "text/event-stream")
                .build();
        var response = http.sendAsync(request, java.net.http.HttpResponse.BodyHandlers.ofLines())
                .get(5, java.util.concurrent.TimeUnit.SECONDS);
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> response.body().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();
        Thread.sleep(500);

        story(writer).publishedAt(Instant.now());

        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (lines.stream().noneMatch(line -> line.startsWith("data:")) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("data:"));
        response.body().close();
    }

    @Test
    void pagesThatMustNotBeSharedAreNeverCached() {
        assertThat(site.get("/en/2001/01/01/no-such-story").headers().firstValue("X-Newsline-Cache"))
                .isEmpty();
        assertThat(site.get("/newsroom/login").headers().firstValue("X-Newsline-Cache"))
                .isEmpty();
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void whileTheDatabaseCannotAnswerTheLastGoodCopyIsServed() throws Exception {
        String path = publish(story(writer), "stale-" + System.nanoTime());
        Thread.sleep(1_000); // let the publish's own invalidation pass
        HttpResponse<String> good = site.get(path);
        cache.invalidate(List.of(PageTags.article(articleId(path))));

        HttpResponse<String> during;
        // Readers' queries wait on this lock until the statement timeout cuts them: a real database stall.
        try (java.sql.Connection locker = dataSource.getConnection()) {
            locker.setAutoCommit(false);
            try (var statement = locker.createStatement()) {
                statement.execute("LOCK TABLE article IN ACCESS EXCLUSIVE MODE");
            }
            during = site.get(path);
            locker.rollback();
        }

        assertThat(during.statusCode()).isEqualTo(200);
        assertThat(during.headers().firstValue("X-Newsline-Cache")).hasValue("stale");
        assertThat(during.body()).isEqualTo(good.body());
        assertThat(site.get(path).headers().firstValue("X-Newsline-Cache")).hasValue("miss");
    }

    private long articleId(String path) {
        String slug = path.substring(path.lastIndexOf('/') + 1);
        return jdbc.sql("SELECT id FROM article WHERE slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .single();
    }
}
