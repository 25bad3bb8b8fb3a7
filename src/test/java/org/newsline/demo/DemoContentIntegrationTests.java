package org.newsline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsline.NewslineApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The first start of an empty site creates a complete demo agency, and a restart does not add it again. */
class DemoContentIntegrationTests {

    @Test
    void firstStartCreatesTheDemoAgencyOnce(@TempDir Path home) {
        String[] args = {"--newsline.home=" + home, "--server.port=0", "--spring.main.banner-mode=off"};
        long versions;
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(NewslineApplication.class).run(args)) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            versions = count(jdbc, "SELECT count(*) FROM article WHERE status = 'published'");

            assertThat(versions).isGreaterThanOrEqualTo(60);
            assertThat(count(jdbc, "SELECT count(*) FROM article_author")).isEqualTo(6);
            assertThat(count(jdbc, "SELECT count(DISTINCT category_id) FROM article"))
                    .isEqualTo(8);
            assertThat(count(jdbc, "SELECT count(DISTINCT lang) FROM article")).isEqualTo(3);
            assertThat(count(jdbc, """
                            SELECT count(*) FROM (SELECT translation_set_id FROM article
                                                  GROUP BY translation_set_id HAVING count(*) = 3) sets""")).isGreaterThanOrEqualTo(5);
            assertThat(count(jdbc, "SELECT count(*) FROM article WHERE photo_id IS NULL"))
                    .isZero();
            assertThat(count(
                            jdbc,
                            "SELECT count(*) FROM media_file m WHERE NOT EXISTS"
                                    + " (SELECT 1 FROM media_rendition r WHERE r.media_id = m.id)"))
                    .as("every demo photo has renditions")
                    .isZero();
            assertThat(count(
                            jdbc,
                            "SELECT count(*) FROM article a LEFT JOIN article_byline b ON b.article_id = a.id"
                                    + " WHERE b.article_id IS NULL"))
                    .isZero();
            Instant oldest = jdbc.sql("SELECT min(publish_at) FROM article")
                    .query(java.time.OffsetDateTime.class)
                    .single()
                    .toInstant();
            assertThat(oldest).isAfter(Instant.now().minus(Duration.ofDays(15)));
            assertThat(count(jdbc, "SELECT count(*) FROM change_log WHERE kind = 'published'"))
                    .isEqualTo(versions);
        }

        try (ConfigurableApplicationContext again = new SpringApplicationBuilder(NewslineApplication.class).run(args)) {
            assertThat(count(again.getBean(JdbcClient.class), "SELECT count(*) FROM article"))
                    .isEqualTo(versions);
        }
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
