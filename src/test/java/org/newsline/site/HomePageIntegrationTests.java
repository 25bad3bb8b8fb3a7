package org.newsline.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.article.ArticleBuilder.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.MutableClock;
import org.newsline.SiteClient;
import org.newsline.article.ArticleWriter;
import org.newsline.platform.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class HomePageIntegrationTests {

    @Autowired
    ArticleWriter writer;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    @Test
    void eachSectionShowsItsFourNewestVisibleStoriesInThePagesLanguage() {
        Instant now = clock.instant();
        List<String> culture = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String headline = "Home section story " + i + " " + System.nanoTime();
            story(writer).headline(headline).category("culture").publishedAt(now);
            culture.add(0, headline); // the same time: the later story comes first
        }
        story(writer).headline("Home draft").category("culture").draft();
        story(writer).headline("Home later").category("culture").publishedAt(now.plus(Duration.ofHours(1)));
        story(writer).in(Language.RU).headline("Домашняя").category("culture").publishedAt(now);
        String politics = "Home politics story " + System.nanoTime();
        story(writer).headline(politics).category("politics").publishedAt(now);

        Document home = new SiteClient(port).page("/en/");

        List<String> shown = home.select("section.section-block:has(h2 a[href=/en/culture/]) .card-title a")
                .eachText();
        assertThat(shown).containsExactlyElementsOf(culture.subList(0, 4));
        assertThat(home.select("section.section-block:has(h2 a[href=/en/politics/]) .card-title a")
                        .eachText())
                .contains(politics);
    }
}
