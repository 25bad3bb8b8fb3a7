package org.newsline.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A story falls due while the database cannot run jobs or pushes (their tables locked past the statement
 * timeout, so every attempt fails): once it answers again, the overdue story is published exactly once
 * and the webhook gets it exactly once, with nobody restarting anything.
 */
@IntegrationTest
class OutageRecoveryIntegrationTests {

    @Autowired
    Accounts accounts;

    @Autowired
    ArticleWriter writer;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @LocalServerPort
    int port;

    HttpServer receiver;
    final Map<String, List<String>> deliveriesByBody = Collections.synchronizedMap(new HashMap<>());

    @BeforeEach
    void setUp() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String delivery = exchange.getRequestHeaders().getFirst("X-Newsline-Delivery");
            deliveriesByBody
                    .computeIfAbsent(body, b -> Collections.synchronizedList(new java.util.ArrayList<>()))
                    .add(delivery);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void tearDown() {
        receiver.stop(0);
    }

    @Test
    void aStoryDueDuringAnOutageIsPublishedAndPushedExactlyOnceAfterwards() throws Exception {
        SiteClient site = new SiteClient(port);
        String admin = WireTestSupport.staffToken(accounts, site, Role.ADMIN);
        WireTestSupport.createSubscriber(
                site,
                admin,
                "{\"name\":\"Outage receiver\",\"products\":[{\"languages\":[\"az\"],\"categories\":[\"region\"]}],"
                        + "\"earlyEmbargo\":false,\"webhook\":{\"url\":\"http://127.0.0.1:"
                        + receiver.getAddress().getPort() + "/hook\",\"format\":\"ninjs\"}}");
        ArticleBuilder builder = ArticleBuilder.story(writer).in(Language.AZ).category("region");
        long story = builder.draft();
        writer.publish(story, clock.instant().plus(Duration.ofMinutes(1)));
        String guid = "tag:newsline,2026:article-" + story;

        try (Connection outage = dataSource.getConnection()) {
            outage.setAutoCommit(false);
            try (Statement lock = outage.createStatement()) {
                lock.execute("LOCK TABLE job, wire_delivery IN ACCESS EXCLUSIVE MODE");
            }
            clock.advance(Duration.ofMinutes(2)); // the story falls due while nothing can run
            Thread.sleep(12_000); // past the 10 s statement timeout: claims fail, not just wait
            assertThat(publishedChanges(story)).isZero();
            outage.rollback();
        }

        Instant deadline = Instant.now().plusSeconds(30);
        while (pushesOf(guid).isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        Thread.sleep(2_000); // a second publish or push would show up now

        assertThat(publishedChanges(story)).isEqualTo(1);
        assertThat(pushesOf(guid)).hasSize(1);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM job WHERE kind = 'article-release' AND key = :key AND done_at IS NULL")
                        .param("key", Long.toString(story))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private long publishedChanges(long story) {
        return jdbc.sql("SELECT count(*) FROM change_log WHERE article_id = :id AND kind = 'published'")
                .param("id", story)
                .query(Long.class)
                .single();
    }

    private List<String> pushesOf(String guid) {
        synchronized (deliveriesByBody) {
            return deliveriesByBody.entrySet().stream()
                    .filter(e -> e.getKey().contains("\"" + guid + "\""))
                    .flatMap(e -> e.getValue().stream())
                    .toList();
        }
    }
}
