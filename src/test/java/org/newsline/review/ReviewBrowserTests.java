package org.newsline.review;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsline.Chromium;
import org.newsline.account.Accounts;
import org.newsline.account.Role;
import org.newsline.account.StaffCodes;
import org.newsline.article.ArticleBuilder;
import org.newsline.article.ArticleWriter;
import org.newsline.article.StoryQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Reviews as readers and editors meet them in Chromium: a reader leaves a review under a story, an editor
 * approves it in the moderation queue, and it appears under the story, on a desktop and on a phone.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "newsline.home=target/browser-home/${random.uuid}",
            "newsline.demo.enabled=false",
            "newsline.review.min-fill-time=1s"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewBrowserTests {

    static final String PASSWORD = "browser tests password";

    @Autowired
    Accounts accounts;

    @Autowired
    ArticleWriter writer;

    @Autowired
    StoryQueries stories;

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
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void readerLeavesAReviewAndAnEditorApprovesIt() {
        long id = ArticleBuilder.story(writer)
                .headline("Caspian ferry line reopens after winter storms")
                .publishedAt(Instant.now().minusSeconds(600));
        String path = stories.find(id).orElseThrow().publicPath();
        String text =
                "Good to hear. The ferry to Türkmenbaşy was full every day last spring — see https://example.org/ferry";

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.navigate(url(path));
            assertThat(page.locator("#reviews h2")).containsText("Reader reviews");
            assertThat(page.locator(".review-hp input").boundingBox().x).isNegative();
            assertThat(page.context().cookies()).isEmpty();
            page.fill("#review-name", "Leyla");
            page.fill("#review-email", "leyla@example.org");
            page.fill("#review-body", text);
            Chromium.screenshot(page, "review-form.png");
            page.waitForTimeout(1200);
            page.click(".review-send");
            assertThat(page.locator("#reviews .notice")).containsText("once an editor has checked it");
        }

        String editor = "editor-" + UUID.randomUUID() + "@browser.example";
        accounts.create(null, editor, "Browser editor", Role.EDITOR, PASSWORD);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.navigate(url("/newsroom/login"));
            page.fill("#username", editor);
            page.fill("#password", PASSWORD);
            page.click("button[type=submit]");
            // An editor's first sign-in sets up two-factor sign-in, typing the code an authenticator app would show.
            StaffCodes.remember(port, editor, page.textContent("#secret"));
            page.fill("#code", StaffCodes.nextCode(port, editor));
            page.click("form[action='/newsroom/two-factor'] button[type=submit]");
            assertThat(page.locator(".nr-codes li")).hasCount(10);
            page.click(".nr-nav a[href='/newsroom/reviews']");
            assertThat(page.locator(".nr-review").first()).containsText("Leyla");
            Chromium.screenshot(page, "review-queue.png");
            page.locator(".nr-review").first().locator("button:text('Approve')").click();
            assertThat(page.locator(".nr-notice")).containsText("approved");
        }

        for (int width : new int[] {1280, 375}) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(width, width > 500 ? 900 : 740)
                    .setIsMobile(width < 500))) {
                Page page = context.newPage();
                page.navigate(url(path + "#reviews"));
                assertThat(page.locator(".review-list .review-name")).hasText("Leyla");
                assertThat(page.locator(".review-body a").getAttribute("rel").split(" "))
                        .containsExactlyInAnyOrder("nofollow", "ugc", "noopener");
                Number overflow = (Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
                assertThat(overflow.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(0);
                Chromium.screenshot(page, "review-shown-" + width + ".png");
            }
        }
    }
}
