package org.newsline.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.MutableClock;
import org.newsline.account.Accounts;
import org.newsline.article.ArticleWriter;
import org.newsline.article.StoryQueries;
import org.newsline.review.ReviewFixtures.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Text that looks like SQL is only text: stored and shown exactly as the reader typed it. */
@IntegrationTest
class ReviewSqlInputIntegrationTests {

    private static final List<String> SQL_LOOKING = List.of(
            "'; DROP TABLE review; --",
            "1 OR 1=1",
            "' OR '1'='1",
            "\" OR \"\"=\"",
            "admin'--",
            "1; DELETE FROM article WHERE 1=1",
            "' UNION SELECT email, address_hash FROM review --",
            "Robert'); DROP TABLE students;--",
            "%' AND 1=0 UNION SELECT NULL--",
            "$$; SELECT pg_sleep(10); $$",
            "\\'; TRUNCATE review CASCADE; --",
            ":body :email ? ?1 $1");

    @Autowired
    ArticleWriter writer;

    @Autowired
    StoryQueries stories;

    @Autowired
    Accounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReviewRateLimiter limiter;

    @LocalServerPort
    int port;

    ReviewFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ReviewFixtures(writer, stories, accounts, clock, jdbc, port);
        limiter.forget();
    }

    @AfterEach
    void tearDown() {
        fixtures.restoreClock();
        limiter.forget();
    }

    @Test
    void sqlLookingTextIsStoredAndShownVerbatim() {
        Story story = fixtures.story();
        fixtures.moderation(story, "post", "open");
        FormClient reader = new FormClient(port);
        for (String text : SQL_LOOKING) {
            limiter.forget();
            assertThat(fixtures.send(reader, story, text.substring(0, Math.min(text.length(), 40)), text, Map.of())
                            .statusCode())
                    .as(text)
                    .isEqualTo(303);
            Map<String, Object> stored = fixtures.latestReview(story);
            assertThat(stored).containsEntry("body", text).containsEntry("status", "approved");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM review WHERE article_id = :id")
                        .param("id", story.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(SQL_LOOKING.size());

        List<Element> shown = reader.page(story.path()).select(".review-list .review");
        assertThat(shown.stream().map(e -> e.selectFirst(".review-body").wholeText()))
                .containsExactlyElementsOf(SQL_LOOKING);
        assertThat(shown.stream().map(e -> e.selectFirst(".review-name").text()))
                .containsExactlyElementsOf(SQL_LOOKING.stream()
                        .map(t -> t.substring(0, Math.min(t.length(), 40)).strip())
                        .toList());
    }
}
