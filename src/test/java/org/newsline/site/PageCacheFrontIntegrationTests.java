package org.newsline.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.article.ArticleBuilder.story;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.SiteClient;
import org.newsline.article.ArticleBuilder;
import org.newsline.article.ArticlePaths;
import org.newsline.article.ArticleWriter;
import org.newsline.platform.Language;
import org.newsline.web.SecurityHeaders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page cache answers before Spring Security: a hit must carry exactly the headers of the render, and
 * nothing with credentials or outside the public pages is ever answered from it. Same context as
 * {@link PageCacheIntegrationTests}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "newsline.demo.enabled=false",
            "newsline.home=target/test-home/${random.uuid}",
            "newsline.cache.enabled=true"
        })
class PageCacheFrontIntegrationTests {

    /** Headers that differ between any two answers, cached or not. */
    private static final List<String> PER_ANSWER = List.of("date", "x-newsline-cache");

    @Autowired
    ArticleWriter writer;

    @Autowired
    ArticlePaths paths;

    @LocalServerPort
    int port;

    SiteClient site;
    Instant at;

    @BeforeEach
    void setUp() {
        site = new SiteClient(port);
        at = Instant.now().minusSeconds(60);
    }

    private String published() {
        String slug = "front-" + System.nanoTime();
        story(writer).slug(slug).publishedAt(at);
        return paths.article(Language.EN, at, slug);
    }

    @Test
    void aHitCarriesExactlyTheHeadersOfTheRenderSecurityHeadersIncluded() {
        String path = published();

        HttpResponse<String> miss = site.get(path);
        HttpResponse<String> hit = site.get(path);

        assertThat(miss.headers().firstValue("X-Newsline-Cache")).hasValue("miss");
        assertThat(hit.headers().firstValue("X-Newsline-Cache")).hasValue("hit");
        assertThat(comparable(hit.headers())).isEqualTo(comparable(miss.headers()));
        assertThat(hit.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(hit.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(hit.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(hit.headers().firstValue("Referrer-Policy")).isPresent();
        assertThat(hit.headers().firstValue("Permissions-Policy")).isPresent();
        assertThat(hit.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(hit.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(hit.body()).isEqualTo(miss.body());
    }

    @Test
    void gzipIsServedFromBytesCompressedOnceWithItsOwnEntityTag() throws IOException {
        String path = published();
        HttpResponse<String> plain = site.get(path);

        HttpResponse<byte[]> zipped = site.getBytes(path, "Accept-Encoding", "gzip, deflate");
        HttpResponse<byte[]> refused = site.getBytes(path, "Accept-Encoding", "gzip;q=0, identity");

        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
        }
        String zippedTag = zipped.headers().firstValue("ETag").orElseThrow();
        assertThat(zippedTag).isNotEqualTo(plain.headers().firstValue("ETag").orElseThrow());
        assertThat(site.get(path, "Accept-Encoding", "gzip", "If-None-Match", zippedTag)
                        .statusCode())
                .isEqualTo(304);
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
    }

    @Test
    void requestsWithASessionCookieOrCredentialsAreNeverAnsweredFromTheCache() {
        String path = published();
        site.get(path);
        assertThat(site.get(path).headers().firstValue("X-Newsline-Cache")).hasValue("hit");

        HttpResponse<String> withSession = site.get(path, "Cookie", "NEWSLINE_SESSION=someone");
        HttpResponse<String> withToken = site.get(path, "Authorization", "Bearer nl_not_a_token");

        assertThat(withSession.statusCode()).isEqualTo(200);
        assertThat(withSession.headers().firstValue("X-Newsline-Cache")).isEmpty();
        assertThat(withToken.headers().firstValue("X-Newsline-Cache")).isEmpty();
    }

    @Test
    void theNewsroomTheApisAndTheWireAreNeverAnsweredFromTheCache() {
        for (String path :
                List.of("/newsroom/login", "/newsroom", "/api/v1/articles", "/wire/v1/items", "/api/v1/search?q=x")) {
            site.get(path);
            HttpResponse<String> again = site.get(path);
            assertThat(again.headers().firstValue("X-Newsline-Cache")).as(path).isEmpty();
        }
        assertThat(site.get("/api/v1/articles").statusCode()).isEqualTo(401);
    }

    @Test
    void feedsAreCachedAndAPublishRefreshesThemWithinASecond() throws InterruptedException {
        for (String feed : List.of("/en/feed.rss", "/en/feed.atom", "/en/feed.json")) {
            site.get(feed);
            HttpResponse<String> hit = site.get(feed);
            assertThat(hit.headers().firstValue("X-Newsline-Cache")).as(feed).hasValue("hit");
            String etag = hit.headers().firstValue("ETag").orElseThrow();
            assertThat(site.get(feed, "If-None-Match", etag).statusCode()).isEqualTo(304);
        }
        ArticleBuilder fresh = story(writer);

        fresh.publishedAt(Instant.now());

        for (String feed : List.of("/en/feed.rss", "/en/feed.atom", "/en/feed.json")) {
            assertThat(awaitBody(feed, body -> body.contains(fresh.headline())))
                    .as(feed)
                    .contains(fresh.headline());
        }
    }

    @Test
    void sitemapsAreCachedAndAPublishRefreshesThemWithinASecond() throws InterruptedException {
        site.get("/sitemaps/news-en.xml");
        assertThat(site.get("/sitemaps/news-en.xml").headers().firstValue("X-Newsline-Cache"))
                .hasValue("hit");
        site.get("/sitemap.xml");
        assertThat(site.get("/sitemap.xml").headers().firstValue("X-Newsline-Cache"))
                .hasValue("hit");
        String slug = "sitemapped-" + System.nanoTime();

        story(writer).slug(slug).publishedAt(Instant.now());

        assertThat(awaitBody("/sitemaps/news-en.xml", body -> body.contains(slug)))
                .contains(slug);
    }

    private String awaitBody(String path, Predicate<String> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        String body = site.get(path).body();
        while (!condition.test(body) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            body = site.get(path).body();
        }
        return body;
    }

    private static Map<String, List<String>> comparable(HttpHeaders headers) {
        Map<String, List<String>> all = new TreeMap<>(headers.map());
        all.keySet().removeIf(name -> PER_ANSWER.contains(name.toLowerCase(java.util.Locale.ROOT)));
        return all;
    }
}
