package org.newsline.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsline.NewslineApplication;
import org.newsline.SiteClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every public page is served with a single database connection: a page that needed a second one at the
 * same time (a query inside another's row mapper) would exhaust the pool under load.
 */
class SingleConnectionIntegrationTests {

    @Test
    void everyPageIsServedWithOnePooledConnection(@TempDir Path home) {
        String[] args = {"--newsline.home=" + home, "--server.port=0", "--spring.main.banner-mode=off"};
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(NewslineApplication.class).run(args)) {
            // Flyway needs two connections at start-up; shrink the pool to one once the site runs.
            HikariDataSource pool = context.getBean(HikariDataSource.class);
            pool.getHikariConfigMXBean().setMaximumPoolSize(1);
            pool.getHikariPoolMXBean().softEvictConnections();
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            SiteClient site = new SiteClient(port);
            var homePage = site.page("/en/");
            String article = homePage.select(".ticker-item a").first().attr("href");
            String author =
                    site.page(article).select(".byline a[rel=author]").first().attr("href");
            String tag = site.page(article).select(".story-tags a").first().attr("href");

            for (String path : new String[] {"/az/", "/ru/news-line", article, author, tag, "/en/politics/"}) {
                assertThat(site.get(path).statusCode()).as(path).isEqualTo(200);
            }
        }
    }
}
