package org.newsline.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.article.ArticleBuilder.story;

import java.time.Duration;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.MutableClock;
import org.newsline.SiteClient;
import org.newsline.article.ArticlePaths;
import org.newsline.article.ArticleWriter;
import org.newsline.platform.Language;
import org.newsline.search.SearchRequest;
import org.newsline.search.SearchService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class RelatedStoriesIntegrationTests {

    @Autowired
    ArticleWriter writer;

    @Autowired
    ArticlePaths paths;

    @Autowired
    SearchService search;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    @Test
    void relatedStoriesShareTheStorysWordsAndLanguage() throws Exception {
        String topic = "zqrelated";
        String body = "The " + topic + " desalination plant on the Caspian coast will supply fresh water to Sumgait.";
        story(writer).slug("plant-main-" + topic).body(body).category("culture").publishedAt(clock.instant());
        String similar = "Caspian desalination plant " + topic + " passes tests";
        story(writer)
                .headline(similar)
                .body(body + " Engineers tested the plant.")
                .category("sport")
                .publishedAt(clock.instant().minusSeconds(60));
        story(writer)
                .in(Language.RU)
                .headline("Опреснительная установка " + topic)
                .body(body)
                .publishedAt(clock.instant());
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (search.search(SearchRequest.parse(topic, null, null, null, null, null, null))
                                .total()
                        < 3
                && System.nanoTime() < deadline) {
            Thread.sleep(25);
        }

        Document page = new SiteClient(port).page(paths.article(Language.EN, clock.instant(), "plant-main-" + topic));

        List<String> related = page.select(".story-aside .card-title a").eachText();
        assertThat(related).first().isEqualTo(similar);
        assertThat(related).noneMatch(headline -> headline.contains("Опреснительная"));
    }

    @Test
    void aRelatedStoryWithdrawnSinceIsNoLongerShownAlthoughTheRelatedListIsKept() throws Exception {
        String topic = "zqwithdrawn";
        String body = "The " + topic + " bridge over the Kura river opens to traffic next spring, officials said.";
        story(writer).slug("bridge-main-" + topic).body(body).publishedAt(clock.instant());
        String similar = "Kura bridge " + topic + " nears completion";
        long withdrawn = story(writer)
                .headline(similar)
                .body(body + " Workers laid the last span.")
                .publishedAt(clock.instant().minusSeconds(60));
        waitForIndex(topic, 2);
        String path = paths.article(Language.EN, clock.instant(), "bridge-main-" + topic);
        assertThat(relatedOn(path)).contains(similar);

        writer.unpublish(withdrawn, "Withdrawn for a test");

        assertThat(relatedOn(path)).doesNotContain(similar);
    }

    private List<String> relatedOn(String path) throws Exception {
        return new SiteClient(port)
                .page(path)
                .select(".story-aside .card-title a")
                .eachText();
    }

    private void waitForIndex(String word, int stories) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (search.search(SearchRequest.parse(word, null, null, null, null, null, null))
                                .total()
                        < stories
                && System.nanoTime() < deadline) {
            Thread.sleep(25);
        }
    }
}
