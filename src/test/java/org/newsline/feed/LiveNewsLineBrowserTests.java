package org.newsline.feed;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.newsline.article.ArticleBuilder.story;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsline.article.ArticleWriter;
import org.newsline.article.Urgency;
import org.newsline.platform.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An open News Line or home page in Debian's Chromium shows "N new stories" within two seconds of a publish,
 * with a flash story highlighted; screenshots land in {@code target/screenshots}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"newsline.home=target/browser-home/${random.uuid}", "newsline.demo.enabled=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveNewsLineBrowserTests {

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final LocatorAssertions.IsVisibleOptions WITHIN_TWO_SECONDS =
            new LocatorAssertions.IsVisibleOptions().setTimeout(2_000);

    @LocalServerPort
    int port;

    @Autowired
    ArticleWriter writer;

    Playwright playwright;
    Browser browser;

    @BeforeAll
    void launch() {
        story(writer).publishedAt(Instant.now().minus(Duration.ofHours(1)));
        story(writer).in(Language.RU).publishedAt(Instant.now().minus(Duration.ofHours(1)));
        playwright = Playwright.create();
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get("/usr/bin/chromium"))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--no-first-run")));
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** Opens a page and waits until its live stream is connected. */
    private Page open(BrowserContext context, String path) {
        Page page = context.newPage();
        page.waitForResponse(
                response -> response.url().endsWith("/news-line/live"),
                () -> page.navigate("http://localhost:" + port + path));
        return page;
    }

    @Test
    void newsLineShowsNewStoriesWithinTwoSecondsOfAPublish() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = open(context, "/en/news-line");
            Locator notice = page.locator(".live-notice");
            assertThat(notice).isHidden();

            story(writer).headline("Parliament approves budget").publishedAt(Instant.now());
            assertThat(notice).isVisible(WITHIN_TWO_SECONDS);
            assertThat(notice).hasText("1 new story — show");

            story(writer)
                    .headline("Earthquake felt in the capital")
                    .urgency(Urgency.FLASH)
                    .publishedAt(Instant.now());
            assertThat(notice.getByText("Flash: Earthquake felt in the capital"))
                    .isVisible(WITHIN_TWO_SECONDS);
            assertThat(notice).hasClass(java.util.regex.Pattern.compile(".*live-flash.*"));
            assertThat(notice.locator(".live-link")).containsText("2 new stories");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("live-newsline-desktop.png")));

            notice.locator(".live-link").click();
            assertThat(page.locator(".timeline-item").first()).containsText("Earthquake felt in the capital");
        }
    }

    @Test
    void homePageShowsNewStoriesInItsLanguageOnAPhone() {
        Browser.NewContextOptions phone = new Browser.NewContextOptions()
                .setViewportSize(375, 812)
                .setIsMobile(true)
                .setHasTouch(true);
        try (BrowserContext context = browser.newContext(phone)) {
            Page page = open(context, "/ru/");
            Locator notice = page.locator(".live-notice");

            story(writer).headline("English story only").publishedAt(Instant.now());
            story(writer).in(Language.RU).headline("Новость дня").publishedAt(Instant.now());

            assertThat(notice).isVisible(WITHIN_TWO_SECONDS);
            assertThat(notice).hasText("1 новый материал — показать");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("live-home-phone.png"))
                    .setFullPage(false));
        }
    }
}
