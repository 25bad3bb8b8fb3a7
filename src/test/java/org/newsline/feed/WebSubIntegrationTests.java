package org.newsline.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.article.ArticleBuilder.story;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.newsline.SiteClient;
import org.newsline.article.ArticleBuilder;
import org.newsline.article.ArticleWriter;
import org.newsline.article.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A site configured with a WebSub hub: a hub on 127.0.0.1, run by the test, receives the pings. Its own
 * application context (and database), since the hub's address is only known once the test has started it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"newsline.demo.enabled=false", "newsline.home=target/test-home/${random.uuid}"})
class WebSubIntegrationTests {

    private static final List<String> PINGS = new CopyOnWriteArrayList<>();
    private static HttpServer hub;

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) {
        try {
            hub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        hub.createContext("/hub", exchange -> {
            PINGS.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        hub.start();
        registry.add(
                "newsline.feed.websub-hub",
                () -> "http://127.0.0.1:" + hub.getAddress().getPort() + "/hub");
    }

    @AfterAll
    static void stopHub() {
        hub.stop(0);
    }

    @Autowired
    ArticleWriter writer;

    @Autowired
    org.newsline.article.CatalogWriter catalog;

    @LocalServerPort
    int port;

    @Value("${newsline.site.base-url}")
    String origin;

    private List<String> pingedTopics() {
        return PINGS.stream()
                .map(body -> URLDecoder.decode(body, StandardCharsets.UTF_8))
                .toList();
    }

    @Test
    void publishingPingsTheHubWithEveryFeedOfTheStory() throws InterruptedException {
        Tag tag = ArticleBuilder.tag(catalog);
        story(writer).tagged(tag).category("economy").publishedAt(Instant.now());

        String tagFeed = origin + "/en/tag/" + tag.slug() + "/feed.atom";
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (pingedTopics().stream().noneMatch(ping -> ping.endsWith(tagFeed)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        assertThat(pingedTopics())
                .contains(
                        "hub.mode=publish&hub.url=" + tagFeed,
                        "hub.mode=publish&hub.url=" + origin + "/en/feed.rss",
                        "hub.mode=publish&hub.url=" + origin + "/en/economy/feed.json");
    }

    @Test
    void feedsNameTheHub() {
        SiteClient site = new SiteClient(port);
        String hubUrl = "http://127.0.0.1:" + hub.getAddress().getPort() + "/hub";

        assertThat(FeedFixtures.xml(site.get("/ru/feed.rss").body())
                        .select("atom|link[rel=hub]")
                        .attr("href"))
                .isEqualTo(hubUrl);
        assertThat(FeedFixtures.xml(site.get("/ru/feed.atom").body())
                        .select("link[rel=hub]")
                        .attr("href"))
                .isEqualTo(hubUrl);
        assertThat(site.get("/ru/feed.json").body()).contains("\"hubs\":[{\"type\":\"WebSub\",\"url\":\"" + hubUrl);
    }
}
