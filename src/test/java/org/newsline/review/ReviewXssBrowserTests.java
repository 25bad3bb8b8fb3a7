package org.newsline.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsline.Chromium;
import org.newsline.account.Accounts;
import org.newsline.account.Role;
import org.newsline.account.StaffUser;
import org.newsline.article.ArticleBuilder;
import org.newsline.article.ArticleWriter;
import org.newsline.article.StoryQueries;
import org.newsline.review.ReaderReviews.Result;
import org.newsline.review.ReaderReviews.Submission;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The XSS corpus ({@code review/xss-payloads.txt}, one payload a line): every payload is sent as a review,
 * approved, and the story is opened in Chromium. No dialog may open, no payload may set the
 * {@code window.__xss} canary or trip the content security policy, no markup of a payload may reach the
 * page, and each review reads exactly as typed (after the normalisation every review gets).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "newsline.home=target/browser-home/${random.uuid}",
            "newsline.demo.enabled=false",
            "newsline.review.min-fill-time=1s"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewXssBrowserTests {

    private static final String CANARY = """
            window.__xss = 0;
            window.__csp = [];
            document.addEventListener('securitypolicyviolation',
                e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));""";

    @Autowired
    Accounts accounts;

    @Autowired
    ArticleWriter writer;

    @Autowired
    StoryQueries stories;

    @Autowired
    ReaderReviews readers;

    @Autowired
    ReviewModeration moderation;

    @Autowired
    FormToken tokens;

    @Autowired
    ReviewRateLimiter limiter;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    Chromium chromium;
    Browser browser;

    @BeforeAll
    void launch() {
        chromium = Chromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    void close() {
        chromium.close();
        limiter.forget();
    }

    static List<String> payloads() throws IOException {
        try (InputStream in = ReviewXssBrowserTests.class.getResourceAsStream("/review/xss-payloads.txt")) {
            assertThat(in).as("the XSS corpus").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank())
                    .toList();
        }
    }

    @Test
    void noPayloadRunsAndEachIsShownAsTyped() throws Exception {
        List<String> payloads = payloads();
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(50).doesNotHaveDuplicates();
        long id = ArticleBuilder.story(writer)
                .headline("Reviews that try to run code")
                .publishedAt(Instant.now().minusSeconds(600));
        var story = stories.find(id).orElseThrow();
        String editor = "editor-" + UUID.randomUUID() + "@browser.example";
        StaffUser actor = accounts.find(accounts.create(null, editor, "XSS editor", Role.EDITOR, "xss tests password")
                        .id())
                .orElseThrow();

        List<String> signed = payloads.stream().map(p -> tokens.issue(id)).toList();
        Thread.sleep(1100); // the form's minimum time to fill in
        for (int i = 0; i < payloads.size(); i++) {
            limiter.forget();
            String payload = payloads.get(i);
            var outcome = readers.submit(new Submission(
                    id,
                    story.language(),
                    "review",
                    "Reader " + i,
                    "xss-" + i + "@example.org",
                    payload,
                    signed.get(i),
                    "",
                    "198.51.100." + (i + 1)));
            assertThat(outcome.result()).as(payload).isEqualTo(Result.PENDING);
        }
        List<Long> ids = jdbc.sql("SELECT id FROM review WHERE article_id = :id ORDER BY id")
                .param("id", id)
                .query(Long.class)
                .list();
        assertThat(ids).hasSameSizeAs(payloads);
        ids.forEach(review -> moderation.approve(actor, review));
        List<String> expected = payloads.stream().map(ReviewText::normalize).toList();

        for (int width : new int[] {1280, 375}) {
            try (BrowserContext context = browser.newContext(
                    new Browser.NewContextOptions().setViewportSize(width, 900).setIsMobile(width < 500))) {
                context.addInitScript(CANARY);
                Page page = context.newPage();
                List<String> dialogs = new ArrayList<>();
                page.onDialog(dialog -> {
                    dialogs.add(dialog.type() + ": " + dialog.message());
                    dialog.dismiss();
                });
                page.navigate("http://localhost:" + port + story.publicPath() + "#reviews");
                Locator bodies = page.locator(".review-list .review-body");
                assertThat(bodies.count()).isEqualTo(payloads.size());
                for (Locator body : bodies.all()) {
                    body.scrollIntoViewIfNeeded();
                    body.hover();
                }
                page.keyboard().press("Tab");
                page.keyboard().press("Tab");
                page.waitForTimeout(300);

                assertThat(dialogs).as("dialogs opened").isEmpty();
                assertThat(page.evaluate("window.__xss")).as("canary").isEqualTo(0);
                assertThat(page.evaluate("window.__csp.join('\\n')"))
                        .as("content security policy violations")
                        .isEqualTo("");
                assertThat(page.evaluate("""
                                [...document.querySelectorAll('.review-list .review-body *')]
                                  .filter(e => !['P', 'BR', 'A'].includes(e.tagName)
                                      || [...e.attributes].some(a => !['href', 'rel'].includes(a.name))
                                      || (e.tagName === 'A' && !/^https?:\\/\\//.test(e.getAttribute('href'))))
                                  .map(e => e.outerHTML).join('\\n')""")).as("markup from payloads").isEqualTo("");
                @SuppressWarnings("unchecked")
                List<String> shown = (List<String>) page.evaluate(
                        "[...document.querySelectorAll('.review-list .review-body')].map(e => e.textContent)");
                assertThat(shown).containsExactlyElementsOf(expected);
                if (width == 1280) {
                    Chromium.screenshot(page, "review-xss.png");
                }
            }
        }
    }
}
