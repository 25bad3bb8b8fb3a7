package org.newsline.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.article.ArticleBuilder.story;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.article.ArticlePaths;
import org.newsline.article.ArticleWriter;
import org.newsline.platform.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A monthly sitemap is read through a server-side cursor a few rows at a time, while entries are already
 * being written: the month is never held in memory whole, however many stories it has.
 */
@IntegrationTest
class SitemapStreamingIntegrationTests {

    private static final int FETCH_SIZE = 3;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Autowired
    ArticlePaths paths;

    @Autowired
    ArticleWriter writer;

    @Test
    void aMonthStreamsThroughAServerSideCursorInSmallFetches() {
        // A month no other test writes into, so that every entry in it is this test's.
        YearMonth month = YearMonth.of(1998, 3);
        List<String> written = new ArrayList<>();
        for (int day = 1; day <= 10; day++) {
            var at = LocalDateTime.of(1998, 3, day, 12, 0).atZone(paths.zone()).toInstant();
            String slug = "streamed-" + day + "-" + System.nanoTime();
            story(writer).in(Language.EN).slug(slug).publishedAt(at);
            written.add(paths.article(Language.EN, at, slug));
        }
        SitemapRepository repository = new SitemapRepository(jdbc, dataSource, transactions, clock, paths, FETCH_SIZE);
        JdbcTemplate sameTransaction = new JdbcTemplate(dataSource);
        List<String> streamed = new ArrayList<>();
        List<Long> openCursors = new ArrayList<>();

        repository.streamMonth(month, 0, 50_000, entry -> {
            streamed.add(entry.path());
            // Asked on the connection the rows come through: its portal is still open mid-month.
            openCursors.add(sameTransaction.queryForObject(
                    "SELECT count(*) FROM pg_cursors WHERE name <> '' AND statement NOT LIKE '%pg_cursors%'",
                    Long.class));
        });

        assertThat(streamed).containsExactlyElementsOf(written);
        assertThat(openCursors)
                .as("a cursor stays open on the server while the entries of each fetch are written")
                .first()
                .isEqualTo(1L);
    }
}
