package org.newsline.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.article.ArticleBuilder.story;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.QueryCounter;
import org.newsline.SiteClient;
import org.newsline.account.Accounts;
import org.newsline.account.Role;
import org.newsline.article.ArticleBuilder;
import org.newsline.article.ArticlePaths;
import org.newsline.article.ArticleWriter;
import org.newsline.article.Author;
import org.newsline.article.CatalogWriter;
import org.newsline.article.Cursor;
import org.newsline.article.Tag;
import org.newsline.platform.Language;
import org.newsline.wire.WireTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every query the hot public pages send uses an index at 100,000 stories. The pages are requested for
 * real while the queries they execute are recorded with their values; each is then planned with
 * {@code EXPLAIN} in a scratch database filled with 100,000 stories, so a query changed badly in any
 * repository fails here.
 */
@IntegrationTest
class HotQueryPlanIntegrationTests {

    @Autowired
    ArticleWriter writer;

    @Autowired
    CatalogWriter catalog;

    @Autowired
    ArticlePaths paths;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @LocalServerPort
    int port;

    /** Rows one query of a hot page may take from a big table: a page shows tens of stories, not thousands. */
    private static final long MOST_ROWS_READ = 1_000;

    /**
     * Known exceptions. A sitemap month lists every story of the month (~4,300 here), each with its translations
     * looked up (three rows). A correspondent's page walks the newest stories until it has a page of theirs:
     * about 21 / (their share of all stories) rows, ~12,000 with this corpus's 200 equal correspondents, ~600
     * for an agency of ten; a byline index ordered by date would end that, at the price of copying each
     * story's date into its bylines.
     */
    private static final Map<String, Long> ROWS_ALLOWED = Map.of("sitemap month", 15_000L, "correspondent", 15_000L);

    @Test
    void everyQueryOfTheHotPagesUsesAnIndexAt100kStories() throws Exception {
        SiteClient site = new SiteClient(port);
        Map<String, List<String>> queries = queriesOfHotPages(site);

        long start = System.nanoTime();
        List<String> problems = new ArrayList<>();
        int planned = 0;
        try (Connection main = dataSource.getConnection();
                PlanDatabase big = PlanDatabase.create(main, "/site/hot-query-corpus.sql")) {
            Duration filled = Duration.ofNanos(System.nanoTime() - start);
            assertThat(big.seqScansOfBigTables("SELECT id FROM article WHERE headline LIKE '%tory 1%'"))
                    .as("a query no index serves is caught")
                    .containsExactly("Seq Scan on article");
            for (Map.Entry<String, List<String>> page : queries.entrySet()) {
                assertThat(page.getValue()).as(page.getKey() + " sent no query").isNotEmpty();
                for (String sql : page.getValue()) {
                    List<String> scans = big.seqScansOfBigTables(sql);
                    planned++;
                    if (!scans.isEmpty()) {
                        problems.add(page.getKey() + ": " + scans + "\n  " + sql + "\n  " + big.plan(sql));
                    }
                    long read =
                            sql.strip().regionMatches(true, 0, "SELECT", 0, 6) ? big.mostRowsReadFromBigTables(sql) : 0;
                    long allowed = ROWS_ALLOWED.getOrDefault(page.getKey(), MOST_ROWS_READ);
                    if (read > allowed) {
                        problems.add(page.getKey() + ": reads " + read + " rows of a big table (at most " + allowed
                                + ")\n  " + sql + "\n  " + big.analyzedPlan(sql));
                    }
                }
            }
            System.out.printf(
                    "Hot query plans: %d queries of %d pages planned at 100,000 stories;"
                            + " scratch database ready in %d ms, all done in %d ms%n",
                    planned, queries.size(), filled.toMillis(), (System.nanoTime() - start) / 1_000_000);
        }
        assertThat(problems).as("queries reading a big table whole").isEmpty();
    }

    /** Requests each hot page (each must answer 200) and returns the queries it sent, by page. */
    private Map<String, List<String>> queriesOfHotPages(SiteClient site) {
        Author author = ArticleBuilder.author(catalog, "Planner");
        Tag tag = ArticleBuilder.tag(catalog);
        Instant at = Instant.now().minusSeconds(60);
        String slug = "planned-" + System.nanoTime();
        story(writer).slug(slug).by(author).tagged(tag).publishedAt(at);
        String person = "plan-speaker-" + UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO quote_entity (kind, slug, name_az, name_ru, name_en) VALUES ('person', :slug, 'Ad', 'Имя', 'Name')")
                .param("slug", person)
                .update();
        String admin = WireTestSupport.staffToken(accounts, site, Role.ADMIN);
        String editor = WireTestSupport.staffToken(accounts, site, Role.EDITOR);
        String subscriber = WireTestSupport.field(
                WireTestSupport.createSubscriber(
                        site, admin, "{\"name\":\"Plans\",\"products\":[{\"languages\":[],\"categories\":[]}]}"),
                "id");
        String wireKey = WireTestSupport.createKey(site, admin, subscriber);
        String deep = new Cursor(at.minus(Duration.ofDays(200)), 50_000).token();
        String month = YearMonth.from(at.atZone(paths.zone())).toString();

        Map<String, String[]> pages = new LinkedHashMap<>();
        pages.put("home", new String[] {"/en/"});
        pages.put("News Line, first page", new String[] {paths.newsLine(Language.EN)});
        pages.put("News Line, deep page", new String[] {paths.newsLine(Language.EN) + "?before=" + deep});
        pages.put("category", new String[] {paths.category(Language.EN, "politics")});
        pages.put("correspondent", new String[] {paths.author(Language.EN, author.slug())});
        pages.put("tag", new String[] {paths.tag(Language.EN, tag.slug())});
        pages.put("article with its reviews", new String[] {paths.article(Language.EN, at, slug)});
        pages.put("sitemap month", new String[] {"/sitemaps/" + month + ".xml"});
        pages.put("feed", new String[] {"/en/feed.rss"});
        pages.put("wire pull", new String[] {"/wire/v1/items?since=1&limit=50", "Authorization", "Bearer " + wireKey});
        pages.put("review list", new String[] {"/api/v1/reviews?status=pending", "Authorization", "Bearer " + editor});
        pages.put("quote person page", new String[] {"/en/people/" + person});

        Map<String, List<String>> queries = new LinkedHashMap<>();
        pages.forEach((name, request) -> queries.put(name, QueryCounter.recording(() -> {
            String[] headers = Arrays.copyOfRange(request, 1, request.length);
            HttpResponse<String> response = site.get(request[0], headers);
            assertThat(response.statusCode()).as(name + " " + request[0]).isEqualTo(200);
        })));
        return queries;
    }
}
