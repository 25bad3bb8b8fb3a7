package org.newsline.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.article.ArticleBuilder.story;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.MutableClock;
import org.newsline.SiteClient;
import org.newsline.article.ArticleBuilder;
import org.newsline.article.ArticleWriter;
import org.newsline.article.Urgency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class NewsLinePaginationIntegrationTests {

    @Autowired
    ArticleWriter writer;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    /** Follows "older" links from the first page to the end, returning every headline in order. */
    private List<String> walkNewsLine(SiteClient site, String firstPage, Runnable betweenPages) {
        List<String> headlines = new ArrayList<>();
        String next = firstPage;
        int pages = 0;
        while (next != null) {
            Document page = site.page(next);
            headlines.addAll(page.select(".timeline-title a").eachText());
            next = page.select("a.older").isEmpty()
                    ? null
                    : page.select("a.older").attr("href");
            betweenPages.run();
            assertThat(++pages).as("pages walked").isLessThan(500);
        }
        return headlines;
    }

    @Test
    void pagingNeverSkipsOrRepeatsStoriesThatShareAPublishTime() {
        Instant sameTime = clock.instant().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        List<String> ours = new ArrayList<>();
        for (int i = 0; i < 75; i++) {
            ArticleBuilder builder = story(writer);
            builder.publishedAt(i < 50 ? sameTime : sameTime.minusSeconds(i));
            ours.add(builder.headline());
        }

        List<String> seen = walkNewsLine(new SiteClient(port), "/en/news-line", () -> {});

        assertThat(seen).containsAll(ours);
        assertThat(new HashSet<>(seen)).as("no story shown twice").hasSameSizeAs(seen);
    }

    @Test
    void storiesPublishedWhileReadingDoNotShiftOlderPages() {
        Instant base = clock.instant().minus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);
        List<String> ours = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ArticleBuilder builder = story(writer);
            builder.publishedAt(base.minusSeconds(i * 30L));
            ours.add(builder.headline());
        }
        Set<String> publishedMeanwhile = new HashSet<>();

        List<String> seen = walkNewsLine(new SiteClient(port), "/en/news-line", () -> {
            ArticleBuilder fresh = story(writer);
            fresh.publishedAt(clock.instant());
            publishedMeanwhile.add(fresh.headline());
        });

        assertThat(seen).containsAll(ours);
        assertThat(new HashSet<>(seen)).as("no story shown twice").hasSameSizeAs(seen);
    }

    @Test
    void categoryFilterShowsOnlyThatCategoryAndKeepsItWhenPaging() {
        ArticleBuilder sport = story(writer).category("sport");
        sport.publishedAt(clock.instant().minusSeconds(30));
        ArticleBuilder culture = story(writer).category("culture");
        culture.publishedAt(clock.instant().minusSeconds(30));

        Document page = new SiteClient(port).page("/en/news-line?category=sport");

        assertThat(page.select(".timeline-cat").eachText()).containsOnly("Sport");
        assertThat(page.text()).contains(sport.headline()).doesNotContain(culture.headline());
        String older = page.select("a.older").attr("href");
        if (!older.isEmpty()) {
            assertThat(older).contains("category=sport");
        }
    }

    @Test
    void urgentAndFlashStoriesAreMarked() {
        ArticleBuilder flash = story(writer).urgency(Urgency.FLASH);
        flash.publishedAt(clock.instant());

        Document page = new SiteClient(port).page("/en/news-line");

        assertThat(page.select(".urgency-flash .timeline-title").text()).contains(flash.headline());
        assertThat(page.select(".urgency-flash .badge-flash").text()).contains("Flash");
    }
}
