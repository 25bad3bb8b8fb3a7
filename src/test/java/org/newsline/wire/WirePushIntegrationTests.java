package org.newsline.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.MutableClock;
import org.newsline.SiteClient;
import org.newsline.account.Accounts;
import org.newsline.account.Role;
import org.newsline.article.ArticleBuilder;
import org.newsline.article.ArticleWriter;
import org.newsline.platform.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes to a real receiver on 127.0.0.1 that checks every signature and fails each delivery's first two
 * attempts: every change still arrives accepted exactly once, in order per story, and nothing else arrives.
 */
@IntegrationTest
class WirePushIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Accounts accounts;

    @Autowired
    ArticleWriter writer;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    SiteClient site;
    String admin;
    HttpServer receiver;
    final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    final List<JsonNode> accepted = Collections.synchronizedList(new ArrayList<>());
    final List<String> acceptedDeliveries = Collections.synchronizedList(new ArrayList<>());
    final List<String> badSignatures = Collections.synchronizedList(new ArrayList<>());
    volatile String secret = "";

    @BeforeEach
    void setUp() throws IOException {
        site = new SiteClient(port);
        admin = WireTestSupport.staffToken(accounts, site, Role.ADMIN);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String delivery = exchange.getRequestHeaders().getFirst("X-Newsline-Delivery");
            long timestamp = Long.parseLong(exchange.getRequestHeaders().getFirst("X-Newsline-Timestamp"));
            String signature = exchange.getRequestHeaders().getFirst("X-Newsline-Signature");
            int status;
            if (!Signatures.verify(secret, timestamp, body, signature)) {
                badSignatures.add(delivery);
                status = 401;
            } else if (attempts.computeIfAbsent(delivery, d -> new AtomicInteger())
                            .incrementAndGet()
                    <= 2) {
                status = 503;
            } else {
                accepted.add(JSON.readTree(new String(body, StandardCharsets.UTF_8)));
                acceptedDeliveries.add(delivery);
                status = 204;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void tearDown() {
        receiver.stop(0);
    }

    private String subscribe(String products, boolean early) {
        String body = WireTestSupport.createSubscriber(
                site,
                admin,
                "{\"name\":\"Receiver\",\"products\":" + products + ",\"earlyEmbargo\":" + early
                        + ",\"webhook\":{\"url\":\"http://127.0.0.1:"
                        + receiver.getAddress().getPort()
                        + "/hook\",\"format\":\"ninjs\"}}");
        secret = WireTestSupport.field(body, "webhookSecret");
        return WireTestSupport.field(body, "id");
    }

    /** Waits, moving the clock on so that retries fall due, until the condition holds (at most 60 s). */
    private void awaitWithRetries(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now())
                    .as("waited too long; accepted: " + accepted)
                    .isBefore(deadline);
            Thread.sleep(300);
            clock.advance(Duration.ofSeconds(45));
        }
    }

    private List<JsonNode> acceptedFor(String guid) {
        synchronized (accepted) {
            return accepted.stream()
                    .filter(n -> n.get("uri").asString().equals(guid))
                    .toList();
        }
    }

    @Test
    void everyPublishCorrectionAndKillArrivesOnceInOrderDespiteFailures() throws InterruptedException {
        subscribe("[{\"languages\":[\"ru\"],\"categories\":[\"politics\"]}]", false);
        long story = ArticleBuilder.story(writer)
                .in(Language.RU)
                .category("politics")
                .draft();
        writer.publish(story, clock.instant());
        writer.correct(story, "Fixed the minister's name.");
        writer.unpublish(story, "Withdrawn on legal advice");
        long english = ArticleBuilder.story(writer)
                .in(Language.EN)
                .category("politics")
                .publishedAt(clock.instant());
        long sport =
                ArticleBuilder.story(writer).in(Language.RU).category("sport").publishedAt(clock.instant());
        String guid = "tag:newsline,2026:article-" + story;

        awaitWithRetries(() -> acceptedFor(guid).size() >= 3);
        Thread.sleep(1500); // a duplicate would show up now

        List<JsonNode> received = acceptedFor(guid);
        assertThat(received)
                .extracting(n -> n.get("pubstatus").asString())
                .containsExactly("usable", "usable", "canceled");
        assertThat(received)
                .extracting(n -> Integer.parseInt(n.get("version").asString()))
                .isSorted()
                .doesNotHaveDuplicates();
        assertThat(received.get(1).get("ednote").asString()).contains("Fixed the minister's name.");
        assertThat(badSignatures).isEmpty();
        synchronized (accepted) {
            assertThat(acceptedDeliveries).doesNotHaveDuplicates();
            assertThat(accepted).allSatisfy(item -> {
                assertThat(item.get("language").asString()).isEqualTo("ru");
                assertThat(item.get("subjects").get(0).get("literal").asString())
                        .isEqualTo("politics");
            });
            assertThat(accepted)
                    .extracting(n -> n.get("uri").asString())
                    .doesNotContain("tag:newsline,2026:article-" + english, "tag:newsline,2026:article-" + sport);
        }
        for (String delivery : acceptedDeliveries) {
            assertThat(attempts.get(delivery)).hasValue(3);
        }
    }

    @Test
    void anEmbargoedStoryReachesEarlySubscribersMarkedAndOthersOnlyAtRelease() throws InterruptedException {
        subscribe("[{\"languages\":[\"en\"],\"categories\":[\"culture\"]}]", true);
        String earlySecret = secret;
        Instant embargo = clock.instant().plus(Duration.ofMinutes(30));
        long story = ArticleBuilder.story(writer)
                .in(Language.EN)
                .category("culture")
                .embargoUntil(embargo)
                .publishedAt(clock.instant());
        String guid = "tag:newsline,2026:article-" + story;

        awaitWithRetries(() -> !acceptedFor(guid).isEmpty());
        JsonNode early = acceptedFor(guid).get(0);
        assertThat(early.get("embargoed").asString()).isEqualTo(NinjsWriter.time(embargo));
        assertThat(earlySecret).isNotEmpty();

        // after the embargo (the clock has moved on meanwhile), the release goes to everyone
        awaitWithRetries(() -> acceptedFor(guid).size() >= 2);
        JsonNode released = acceptedFor(guid).get(1);
        assertThat(released.has("embargoed")).isFalse();
        assertThat(released.get("pubstatus").asString()).isEqualTo("usable");
    }
}
