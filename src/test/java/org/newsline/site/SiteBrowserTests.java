package org.newsline.site;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsline.Chromium;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reader's path through the demo site in Debian's Chromium: home, a News Line story, its photo, credit
 * and byline, and a language switch; screenshots for desktop and phone land in {@code target/screenshots}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"newsline.home=target/browser-home/${random.uuid}", "newsline.demo.enabled=true"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteBrowserTests {

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

    private static void screenshot(Page page, String name) {
        Chromium.screenshot(page, name);
    }

    @Test
    void readerFollowsANewsLineStoryAndSwitchesLanguage() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.navigate(url("/en/"));
            assertThat(page.locator(".ticker-item")).not().hasCount(0);
            screenshot(page, "home-desktop.png");

            // The oldest item on the home page's News Line: a demo story, whatever other browser tests published.
            Locator firstStory = page.locator(".ticker-item a").last();
            String headline = firstStory.innerText();
            firstStory.click();

            assertThat(page.locator("h1")).hasText(headline);
            Locator photo = page.locator("figure.photo img");
            assertThat(photo).isVisible();
            assertThat((Boolean) photo.evaluate("img => img.complete && img.naturalWidth > 0"))
                    .as("photo loaded")
                    .isTrue();
            assertThat(page.locator("figure.photo .credit")).not().isEmpty();
            assertThat(page.locator(".byline a[rel=author]").first()).isVisible();
            assertThat(page.locator(".dateline time")).isVisible();
            screenshot(page, "article-desktop.png");

            page.locator(".langs a[hreflang=ru]").click();
            assertThat(page.locator("html")).hasAttribute("lang", "ru");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/ru/.*"));
            screenshot(page, "after-switch-ru-desktop.png");
        }
    }

    @Test
    void siteWorksOnAPhone() {
        Browser.NewContextOptions phone = new Browser.NewContextOptions()
                .setViewportSize(375, 812)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true);
        try (BrowserContext context = browser.newContext(phone)) {
            Page page = context.newPage();
            page.navigate(url("/az/"));
            assertThat(page.locator(".logo")).isVisible();
            Number overflow = (Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
            assertThat(overflow.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(0);
            screenshot(page, "home-phone.png");

            page.locator(".ticker-item a").first().click();
            assertThat(page.locator("figure.photo img")).isVisible();
            screenshot(page, "article-phone.png");

            page.navigate(url("/az/news-line"));
            assertThat(page.locator(".timeline-item")).not().hasCount(0);
            screenshot(page, "newsline-phone.png");
        }
    }
}
