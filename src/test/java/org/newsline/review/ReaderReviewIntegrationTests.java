package org.newsline.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.MutableClock;
import org.newsline.account.Accounts;
import org.newsline.article.ArticleWriter;
import org.newsline.article.StoryQueries;
import org.newsline.platform.Language;
import org.newsline.review.ReviewFixtures.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ReaderReviewIntegrationTests {

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
    FormClient reader;

    @BeforeEach
    void setUp() {
        fixtures = new ReviewFixtures(writer, stories, accounts, clock, jdbc, port);
        reader = new FormClient(port);
        limiter.forget();
    }

    @AfterEach
    void tearDown() {
        fixtures.restoreClock();
        limiter.forget();
    }

    @Test
    void theFormUnderAStoryHasASignedTimeACsrfFieldAndAHoneypotHiddenFromEveryone() {
        Story story = fixtures.story();

        Document page = reader.page(story.path());

        Element form = ReviewFixtures.form(page);
        assertThat(page.select("article.story section#reviews")).hasSize(1);
        assertThat(form.attr("action")).isEqualTo("/en/reviews/" + story.id());
        assertThat(form.selectFirst("input[name=token]").attr("value"))
                .matches("v1\\." + story.id() + "\\.\\d+\\.[A-Za-z0-9_-]{43}");
        assertThat(reader.get(story.path()).headers().allValues("Set-Cookie")).isEmpty();
        Element trap = form.selectFirst("input[name=website]");
        assertThat(trap.attr("tabindex")).isEqualTo("-1");
        assertThat(trap.attr("autocomplete")).isEqualTo("off");
        assertThat(trap.parent().attr("aria-hidden")).isEqualTo("true");
        assertThat(trap.parent().hasClass("review-hp")).isTrue();
        assertThat(form.select("label[for=review-name], label[for=review-email], label[for=review-body]"))
                .hasSize(3);
    }

    @Test
    void aPreModeratedReviewWaitsForAnEditor() {
        Story story = fixtures.story();

        HttpResponse<String> sent = fixtures.send(reader, story, "Aysel", "Thank you for this report.", Map.of());

        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).hasValue(story.path() + "?review=pending#reviews");
        Document back = reader.page(story.path() + "?review=pending");
        assertThat(back.select("#reviews .notice").text()).contains("once an editor has checked it");
        assertThat(back.select(".review-list")).isEmpty();
        Map<String, Object> stored = fixtures.latestReview(story);
        assertThat(stored.get("status")).isEqualTo("pending");
        assertThat((String) stored.get("email")).endsWith("@example.org").isLowerCase();
        assertThat(fixtures.changes(story)).containsExactly("published");
    }

    @Test
    void aPostModeratedReviewIsShownAtOnceAndWrittenToTheChangeLog() {
        Story story = fixtures.story();
        fixtures.moderation(story, "post", "auto");

        HttpResponse<String> sent = fixtures.send(
                reader,
                story,
                "Rauf <b>Bold</b>",
                "Good <script>alert(1)</script> see https://example.org/x.",
                Map.of());

        assertThat(sent.headers().firstValue("Location")).hasValue(story.path() + "?review=published#reviews");
        Document page = reader.page(story.path());
        Element review = page.selectFirst(".review-list .review");
        assertThat(review.selectFirst(".review-name").text()).isEqualTo("Rauf <b>Bold</b>");
        assertThat(review.select("script, b")).isEmpty();
        Element link = review.selectFirst(".review-body a");
        assertThat(link.attr("href")).isEqualTo("https://example.org/x");
        assertThat(link.attr("rel").split(" ")).contains("nofollow", "ugc", "noopener");
        assertThat(fixtures.changes(story)).containsExactly("published", "review-approved");
    }

    @Test
    void aReviewWithManyLinksWaitsForAnEditorEvenUnderPostModeration() {
        Story story = fixtures.story();
        fixtures.moderation(story, "post", "auto");

        fixtures.send(reader, story, "Spammy", "https://a.example https://b.example https://c.example", Map.of());

        assertThat(fixtures.latestReview(story).get("status")).isEqualTo("pending");
        assertThat(fixtures.changes(story)).containsExactly("published");
    }

    @Test
    void textIsStoredInNfcWithoutBidiOverridesAndTheAddressOnlyAsASaltedHash() {
        Story story = fixtures.story();

        fixtures.send(reader, story, "Nigar\u202E", "Cafe\u0301\u202E reversed\u0000", Map.of());

        Map<String, Object> stored = fixtures.latestReview(story);
        assertThat(stored.get("author_name")).isEqualTo("Nigar");
        assertThat(stored.get("body")).isEqualTo("Café reversed");
        assertThat((String) stored.get("address_hash")).matches("[0-9a-f]{64}").doesNotContain("127.0.0.1");
        assertThat(jdbc.sql("SELECT count(*) FROM review_secret WHERE name = 'address-salt'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aFilledHoneypotIsThankedButNothingIsStored() {
        Story story = fixtures.story();

        HttpResponse<String> sent =
                fixtures.send(reader, story, "Bot", "Buy now", Map.of("website", "https://spam.example"));

        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(fixtures.count(story)).isZero();
    }

    @Test
    void aFormSentFasterThanAPersonTypesIsShownAgainWithTheTextKept() {
        Story story = fixtures.story();
        Element form = ReviewFixtures.form(reader.page(story.path()));
        Map<String, String> fields = FormClient.fields(form);
        fields.put("name", "Quick");
        fields.put("email", "quick@example.org");
        fields.put("body", "Typed in no time");

        HttpResponse<String> sent = reader.post(form.attr("action"), fields);

        assertThat(sent.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(sent.body());
        assertThat(page.select(".review-errors").text()).contains("quicker than anyone can read and type");
        assertThat(page.selectFirst("textarea[name=body]").text()).isEqualTo("Typed in no time");
        assertThat(fixtures.count(story)).isZero();

        Element again = page.selectFirst("form.review-form");
        fixtures.advance(Duration.ofSeconds(5));
        assertThat(reader.post(again.attr("action"), FormClient.fields(again)).statusCode())
                .isEqualTo(303);
        assertThat(fixtures.latestReview(story).get("body")).isEqualTo("Typed in no time");
    }

    @Test
    void aTamperedTimeOrAFormOfAnotherStoryIsRefused() {
        Story story = fixtures.story();
        Story other = fixtures.story();
        Element form = ReviewFixtures.form(reader.page(story.path()));
        Map<String, String> fields = FormClient.fields(form);
        fields.put("name", "Forger");
        fields.put("email", "forger@example.org");
        fields.put("body", "An old form made to look patient");
        String[] parts = fields.get("token").split("\\.");
        fields.put("token", parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) - 3600) + "." + parts[3]);
        fixtures.advance(Duration.ofSeconds(5));

        assertThat(reader.post(form.attr("action"), fields).statusCode()).isEqualTo(422);
        Map<String, String> otherStory = FormClient.fields(ReviewFixtures.form(reader.page(other.path())));
        fields.put("token", otherStory.get("token"));
        fixtures.advance(Duration.ofSeconds(5));
        assertThat(reader.post(form.attr("action"), fields).statusCode()).isEqualTo(422);
        assertThat(fixtures.count(story)).isZero();
    }

    @Test
    void aFormOlderThanADayIsRefused() {
        Story story = fixtures.story();
        Element form = ReviewFixtures.form(reader.page(story.path()));
        Map<String, String> fields = FormClient.fields(form);
        fields.put("name", "Slow");
        fields.put("email", "slow@example.org");
        fields.put("body", "Left the tab open for a long time");
        fixtures.advance(Duration.ofHours(25));

        HttpResponse<String> sent = reader.post(form.attr("action"), fields);

        assertThat(sent.statusCode()).isEqualTo(422);
        assertThat(sent.body()).contains("The form was open too long");
    }

    @Test
    void aPostThatNoPageOfThisSiteSentIsRefused() {
        Story story = fixtures.story();
        Element form = ReviewFixtures.form(reader.page(story.path()));
        Map<String, String> fields = FormClient.fields(form);
        fields.put("name", "Elsewhere");
        fields.put("email", "elsewhere@example.org");
        fields.put("body", "Posted from another site");
        fixtures.advance(Duration.ofSeconds(5));

        assertThat(reader.postFrom("https://evil.example", form.attr("action"), fields)
                        .statusCode())
                .isEqualTo(403);
        assertThat(reader.postFrom("null", form.attr("action"), fields).statusCode())
                .isEqualTo(403);
        assertThat(reader.postFrom(null, form.attr("action"), fields).statusCode())
                .isEqualTo(403);
        assertThat(fixtures.count(story)).isZero();
    }

    @Test
    void theEmailIsOptionalAndAOneCharacterReviewIsTaken() {
        Story story = fixtures.story();

        HttpResponse<String> sent = fixtures.send(reader, story, "Nigar", "+", Map.of("email", "  "));

        assertThat(sent.statusCode()).isEqualTo(303);
        Map<String, Object> stored = fixtures.latestReview(story);
        assertThat(stored.get("body")).isEqualTo("+");
        assertThat(stored.get("email")).isNull();
    }

    @Test
    void aTextOfUpTo3000CharactersIsTakenAndALongerOneIsShownBackWhole() {
        Story story = fixtures.story();
        String longest = "\u0259".repeat(2999) + "\uD83D\uDCF0"; // 3,000 characters, the last outside the BMP
        String tooLong = "w".repeat(3001);

        HttpResponse<String> taken = fixtures.send(reader, story, "Rauf", longest, Map.of());
        HttpResponse<String> refused = fixtures.send(reader, story, "Rauf", tooLong, Map.of());

        assertThat(taken.statusCode()).isEqualTo(303);
        assertThat(fixtures.latestReview(story).get("body")).isEqualTo(longest);
        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select(".review-errors li").text()).contains("1", "3000");
        assertThat(page.selectFirst("textarea[name=body]").text()).isEqualTo(tooLong);
        assertThat(page.selectFirst("textarea[name=body]").attr("maxlength")).isEqualTo("3000");
    }

    @Test
    void missingFieldsAreNamedInTheReadersLanguage() {
        Story story = fixtures.story();

        HttpResponse<String> sent = fixtures.send(reader, story, " ", " ", Map.of("email", "nope"));

        assertThat(sent.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(sent.body());
        assertThat(page.select(".review-errors li")).hasSize(3);
        assertThat(page.selectFirst("a[href=" + story.path() + "]")).isNotNull();
    }

    @Test
    void theSameTextSentTwiceIsStoredOnce() {
        Story story = fixtures.story();
        Element form = ReviewFixtures.form(reader.page(story.path()));
        Map<String, String> fields = FormClient.fields(form);
        fields.put("name", "Double");
        fields.put("email", "double@example.org");
        fields.put("body", "Clicked twice");
        fixtures.advance(Duration.ofSeconds(5));

        assertThat(reader.post(form.attr("action"), fields).statusCode()).isEqualTo(303);
        assertThat(reader.post(form.attr("action"), fields).statusCode()).isEqualTo(303);

        assertThat(fixtures.count(story)).isEqualTo(1);
    }

    @Test
    void tooManyReviewsAnswer429InTheReadersLanguageWithRetryAfter() {
        Story story = fixtures.story(Language.RU);
        for (int i = 0; i < 5; i++) {
            assertThat(fixtures.send(reader, story, "Один", "Отзыв номер " + i, Map.of())
                            .statusCode())
                    .isEqualTo(303);
        }

        HttpResponse<String> refused = fixtures.send(reader, story, "Один", "Ещё один отзыв", Map.of());

        assertThat(refused.statusCode()).isEqualTo(429);
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 600L);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("html").attr("lang")).isEqualTo("ru");
        assertThat(page.select(".error-detail").text())
                .startsWith("Вы отправили несколько отзывов")
                .contains("мин.");
        assertThat(fixtures.count(story)).isEqualTo(5);
    }

    @Test
    void aStoryFloodedFromManyAddressesAnswers429SayingWhenToTryAgain() {
        Story story = fixtures.story(Language.EN);
        for (int i = 0; i < 30; i++) {
            assertThat(limiter.take("198.51.100." + i, story.id()).allowed()).isTrue();
        }

        HttpResponse<String> refused = fixtures.send(reader, story, "Late", "One review too many", Map.of());

        assertThat(refused.statusCode()).isEqualTo(429);
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 20L);
        assertThat(Jsoup.parse(refused.body()).select(".error-detail").text())
                .startsWith("This story has received many reviews")
                .contains("try again in 1 minute, after ");
        assertThat(fixtures.count(story)).isZero();
        assertThat(fixtures.send(reader, fixtures.story(Language.EN), "Elsewhere", "Another story", Map.of())
                        .statusCode())
                .isEqualTo(303);
    }

    @Test
    void aClosedStoryTakesErrorReportsButNoReviews() {
        Story story = fixtures.story();
        Element form = ReviewFixtures.form(reader.page(story.path()));
        fixtures.moderation(story, null, "closed");
        Map<String, String> fields = FormClient.fields(form);
        fields.put("name", "Late");
        fields.put("email", "late@example.org");
        fields.put("body", "The second paragraph repeats the first.");
        fixtures.advance(Duration.ofSeconds(5));

        HttpResponse<String> refused = reader.post(form.attr("action"), fields);

        assertThat(refused.statusCode()).isEqualTo(409);
        Element reportForm = Jsoup.parse(refused.body()).selectFirst("form.review-form");
        assertThat(reportForm.select("input[name=kind]").eachAttr("value")).containsExactly("error-report");
        assertThat(reportForm.selectFirst("textarea[name=body]").text())
                .isEqualTo("The second paragraph repeats the first.");
        fixtures.advance(Duration.ofSeconds(5));
        assertThat(reader.post(reportForm.attr("action"), FormClient.fields(reportForm))
                        .headers()
                        .firstValue("Location"))
                .hasValue(story.path() + "?review=report#reviews");
        assertThat(fixtures.latestReview(story).get("kind")).isEqualTo("error-report");

        Document page = reader.page(story.path());
        assertThat(page.select(".review-closed").text()).isEqualTo("This story no longer takes reviews.");
        assertThat(page.select("form.review-form input[name=kind]").eachAttr("value"))
                .containsExactly("error-report");
    }

    @Test
    void aStoryClosesByItselfAfterTheSetNumberOfDaysUnlessAnEditorKeepsItOpen() {
        Story old = fixtures.storyPublishedAt(clock.instant().minus(Duration.ofDays(31)));

        assertThat(reader.page(old.path()).select("input[name=kind][value=review]"))
                .isEmpty();

        fixtures.moderation(old, null, "open");
        assertThat(reader.page(old.path()).select("input[name=kind][value=review]"))
                .hasSize(1);
    }

    @Test
    void anErrorReportIsNeverShownButThanked() {
        Story story = fixtures.story();
        fixtures.moderation(story, "post", "auto");

        HttpResponse<String> sent = fixtures.send(
                reader,
                story,
                "Careful reader",
                "The dateline says Ganja; it was Sumgait.",
                Map.of("kind", "error-report"));

        assertThat(sent.headers().firstValue("Location")).hasValue(story.path() + "?review=report#reviews");
        assertThat(fixtures.latestReview(story).get("kind")).isEqualTo("error-report");
        assertThat(fixtures.latestReview(story).get("status")).isEqualTo("pending");
        assertThat(reader.page(story.path()).select(".review-list")).isEmpty();
    }

    @Test
    void aStoryReadersCannotSeeTakesNoReviews() {
        long draft = org.newsline.article.ArticleBuilder.story(writer).draft();
        Story story = fixtures.story();
        Map<String, String> fields = FormClient.fields(ReviewFixtures.form(reader.page(story.path())));

        assertThat(reader.post("/en/reviews/" + draft, fields).statusCode()).isEqualTo(404);
        assertThat(reader.post("/ru/reviews/" + story.id(), fields).statusCode())
                .isEqualTo(404);
    }
}
