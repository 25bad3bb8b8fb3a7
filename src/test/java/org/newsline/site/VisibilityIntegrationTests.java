package org.newsline.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.article.ArticleBuilder.story;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.MutableClock;
import org.newsline.SiteClient;
import org.newsline.article.ArticleBuilder;
import org.newsline.article.ArticlePaths;
import org.newsline.article.ArticleRepository;
import org.newsline.article.ArticleWriter;
import org.newsline.article.Author;
import org.newsline.article.CatalogWriter;
import org.newsline.article.Tag;
import org.newsline.platform.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class VisibilityIntegrationTests {

    @Autowired
    ArticleWriter writer;

    @Autowired
    CatalogWriter catalog;

    @Autowired
    ArticlePaths paths;

    @Autowired
    ArticleRepository articles;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    SiteClient site;
    Author author;
    Tag tag;

    @BeforeEach
    void setUp() {
        site = new SiteClient(port);
        author = ArticleBuilder.author(catalog, "Test correspondent");
        tag = ArticleBuilder.tag(catalog);
    }

    /** Every public page a story could appear on, for the given language. */
    private String everyListing(Language language) {
        return site.get(paths.home(language)).body()
                + site.get(paths.newsLine(language)).body()
                + site.get(paths.category(language, "economy")).body()
                + site.get(paths.author(language, author.slug())).body()
                + site.get(paths.tag(language, tag.slug())).body();
    }

    private ArticleBuilder aStory() {
        return story(writer).category("economy").by(author).tagged(tag);
    }

    @Test
    void publishedStoryIsVisibleEverywhere() {
        ArticleBuilder published = aStory();
        published.publishedAt(clock.instant().minusSeconds(60));

        assertThat(everyListing(Language.EN)).contains(published.headline());
    }

    @Test
    void draftIsInvisibleEverywhere() {
        ArticleBuilder draft = aStory();
        draft.draft();
        ArticleBuilder published = aStory();
        published.publishedAt(clock.instant().minusSeconds(60));

        String pages = everyListing(Language.EN);

        assertThat(pages).contains(published.headline()).doesNotContain(draft.headline());
    }

    @Test
    void storyScheduledForLaterIsInvisibleUntilItsTimeComes() {
        ArticleBuilder scheduled = aStory();
        Instant later = clock.instant().plus(Duration.ofHours(2));
        scheduled.slug("scheduled-" + author.slug()).publishedAt(later);
        String url = paths.article(Language.EN, later, "scheduled-" + author.slug());

        assertThat(everyListing(Language.EN)).doesNotContain(scheduled.headline());
        assertThat(site.get(url).statusCode()).isEqualTo(404);

        clock.advance(Duration.ofHours(3));
        try {
            assertThat(everyListing(Language.EN)).contains(scheduled.headline());
            assertThat(site.get(url).statusCode()).isEqualTo(200);
        } finally {
            clock.advance(Duration.ofHours(-3));
        }
    }

    @Test
    void embargoedStoryIsInvisibleUntilTheEmbargoPasses() {
        Instant now = clock.instant();
        ArticleBuilder embargoed = aStory().embargoUntil(now.plus(Duration.ofHours(1)));
        embargoed.slug("embargoed-" + author.slug()).publishedAt(now.minusSeconds(60));
        String url = paths.article(Language.EN, now.minusSeconds(60), "embargoed-" + author.slug());

        assertThat(everyListing(Language.EN)).doesNotContain(embargoed.headline());
        assertThat(site.get(url).statusCode()).isEqualTo(404);

        clock.advance(Duration.ofHours(2));
        try {
            assertThat(site.get(url).statusCode()).isEqualTo(200);
        } finally {
            clock.advance(Duration.ofHours(-2));
        }
    }

    @Test
    void unpublishedStoryDisappearsFromEveryPage() {
        ArticleBuilder story = aStory();
        long id = story.publishedAt(clock.instant().minusSeconds(60));
        assertThat(everyListing(Language.EN)).contains(story.headline());

        writer.unpublish(id, "Withdrawn for a test.");

        assertThat(everyListing(Language.EN)).doesNotContain(story.headline());
    }

    @Test
    void hiddenTranslationIsNotLinkedFromTheVisibleOne() {
        Instant at = clock.instant().minusSeconds(120);
        long english = aStory().slug("visible-" + author.slug()).publishedAt(at);
        long setId = translationSetOf(english);
        ArticleBuilder russianDraft = aStory().in(Language.RU).translationOf(setId);
        russianDraft.draft();

        var page = site.page(paths.article(Language.EN, at, "visible-" + author.slug()));

        assertThat(page.html()).doesNotContain(russianDraft.headline());
        assertThat(page.select("link[rel=alternate][hreflang=ru]")).isEmpty();
        assertThat(page.select("link[rel=alternate][hreflang=en]")).hasSize(1);
    }

    private long translationSetOf(long id) {
        return articles.translationSetOf(id);
    }
}
