package org.newsline.newsroom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsline.Chromium;
import org.newsline.account.Accounts;
import org.newsline.account.Role;
import org.newsline.account.StaffCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The newsroom as staff use it in Chromium: a correspondent writes and submits a story with a photo, an
 * editor publishes it and readers see it on the News Line; two editors editing at once see the conflict.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"newsline.home=target/browser-home/${random.uuid}", "newsline.demo.enabled=true"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsroomBrowserTests {

    static final String PASSWORD = "browser tests password";

    @Autowired
    Accounts accounts;

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

    private String staff(Role role) {
        String email = role.code() + "-" + UUID.randomUUID() + "@browser.example";
        accounts.create(null, email, "Browser " + role.code(), role, PASSWORD);
        return email;
    }

    private Page signIn(BrowserContext context, String email) {
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/newsroom/login");
        page.fill("#username", email);
        page.fill("#password", PASSWORD);
        page.click("button[type=submit]");
        if (page.url().endsWith("/newsroom/two-factor")) {
            // Editors and admins set up two-factor sign-in first, typing the code an authenticator app would show.
            StaffCodes.remember(port, email, page.textContent("#secret"));
            page.fill("#code", StaffCodes.nextCode(port, email));
            page.click("form[action='/newsroom/two-factor'] button[type=submit]");
            assertThat(page.locator(".nr-codes li")).hasCount(10);
            page.click(".nr-nav a[href='/newsroom']");
        }
        assertThat(page.locator("h1")).hasText("Dashboard");
        return page;
    }

    private static Path photo() throws IOException {
        BufferedImage image = new BufferedImage(800, 450, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 80, 140));
        g.fillRect(0, 0, 800, 450);
        g.setColor(Color.ORANGE);
        g.fillOval(300, 120, 200, 200);
        g.dispose();
        Path file = Files.createTempFile("newsline-photo", ".jpg");
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    @Test
    void correspondentWritesEditorPublishesReadersSeeIt() throws IOException {
        String headline = "Harbour authority opens new ferry terminal "
                + UUID.randomUUID().toString().substring(0, 6);
        String storyUrl;
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = signIn(context, staff(Role.CORRESPONDENT));
            page.click("text=New story");
            page.selectOption("#language", "en");
            page.selectOption("#category", "society");
            page.fill("#headline", headline);
            page.fill("#standfirst", "The terminal doubles passenger capacity on the Caspian route.");
            page.fill(
                    "#body",
                    "The harbour authority said the terminal would open on Monday.\n\n“We are ready,” its head said.");
            page.fill("#datelinePlace", "Baku");
            page.locator("#authorIds option").first().click();
            page.setInputFiles("#photoFile", photo());
            page.fill("#captionEn", "The new ferry terminal at dusk.");
            page.fill("#credit", "Photo from open sources");
            page.click("button[value=save]");
            assertThat(page.locator(".nr-notice")).hasText("Story created.");
            Chromium.screenshot(page, "newsroom-editor.png");
            storyUrl = page.url();
            page.click("text=Submit for review");
            assertThat(page.locator(".nr-status")).hasText("submitted");
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = signIn(context, staff(Role.EDITOR));
            assertThat(page.locator("section[aria-label='Waiting for review']")).containsText(headline);
            page.navigate(storyUrl);
            page.click("text=Publish or schedule");
            assertThat(page.locator(".nr-notice")).hasText("Published.");

            page.navigate("http://localhost:" + port + "/en/news-line");
            assertThat(page.locator(".timeline-title").first()).containsText(headline);
            page.locator(".timeline-title a").first().click();
            assertThat(page.locator("figure.photo img")).isVisible();
            assertThat(page.locator("figure.photo figcaption")).containsText("Photo from open sources");
            assertThat(page.locator(".byline a[rel=author]")).isVisible();
            Chromium.screenshot(page, "newsroom-published-article.png");
        }
    }

    @Test
    void twoEditorsEditingTheSameStoryTheSecondSeesTheConflict() {
        String editorA = staff(Role.EDITOR);
        String editorB = staff(Role.EDITOR);
        try (BrowserContext first = browser.newContext();
                BrowserContext second = browser.newContext()) {
            Page a = signIn(first, editorA);
            a.click("text=New story");
            a.fill(
                    "#headline",
                    "Budget debate continues " + UUID.randomUUID().toString().substring(0, 6));
            a.click("button[value=save]");
            String url = a.url();

            Page b = signIn(second, editorB);
            b.navigate(url);

            a.fill("#headline", "Budget debate continues into the night");
            a.click("button[value=save]");
            assertThat(a.locator(".nr-notice")).hasText("Saved.");

            b.fill("#headline", "Parliament extends the budget debate");
            b.click("button[value=save]");

            assertThat(b.locator(".nr-conflict")).containsText("Someone else saved this story");
            assertThat(b.locator(".nr-conflict")).containsText("Budget debate continues into the night");
            assertThat(b.locator("#headline")).hasValue("Parliament extends the budget debate");
            Chromium.screenshot(b, "newsroom-conflict.png");
        }
    }
}
