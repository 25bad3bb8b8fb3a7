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
}
