package org.newsline.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.newsline.article.ArticlePaths;
import org.newsline.article.ArticleRepository;
import org.newsline.media.MediaUrls;
import org.newsline.platform.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads what sitemaps list. A monthly sitemap is streamed row by row through a server-side cursor (a fetch
 * size inside a read-only transaction), so memory stays flat however many stories a month holds.
 */
@Repository
class SitemapRepository {

    /** Rows fetched from the database per round trip while streaming. */
    static final int FETCH_SIZE = 1_000;

    /** The visibility rule applied to a translation, table alias {@code t}. */
    private static final String TRANSLATION_VISIBLE = ArticleRepository.VISIBLE.replace("a.", "t.");

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final ArticlePaths paths;

    @Autowired
    SitemapRepository(
            JdbcClient jdbc,
            DataSource dataSource,
            PlatformTransactionManager transactions,
            Clock clock,
            ArticlePaths paths) {
        this(jdbc, dataSource, transactions, clock, paths, FETCH_SIZE);
    }

    /** With another fetch size, so that a test can see a month stream over many round trips. */
    SitemapRepository(
            JdbcClient jdbc,
            DataSource dataSource,
            PlatformTransactionManager transactions,
            Clock clock,
            ArticlePaths paths,
            int fetchSize) {
        this.jdbc = jdbc;
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(fetchSize);
        this.streaming = JdbcClient.create(new NamedParameterJdbcTemplate(cursor));
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
        this.paths = paths;
    }

    /** Months with visible stories in the agency's time zone, newest first, with their size and last change. */
    List<Month> months() {
        ZoneId zone = paths.zone();
        return jdbc.sql("""
                        SELECT to_char(a.publish_at AT TIME ZONE :zone, 'YYYY-MM') AS month, count(*) AS urls,
                               max(greatest(a.updated_at, a.publish_at)) AS lastmod
                        FROM article a WHERE""" + ArticleRepository.VISIBLE + """
                        GROUP BY 1 ORDER BY 1 DESC""")
                .param("zone", zone.getId())
                .param("now", FeedRepository.utc(clock.instant()))
                .query((rs, row) -> new Month(
                        YearMonth.parse(rs.getString("month")),
                        rs.getLong("urls"),
                        FeedRepository.instant(rs, "lastmod")))
                .list();
    }

    /**
     * Streams part of a month's visible stories, oldest first, to {@code sink}; each entry lists the story's
     * visible language versions (itself included) as alternates.
     *
     * @param offset entries of the month to skip
     * @param limit most entries to stream
     */
    void streamMonth(YearMonth month, long offset, int limit, Consumer<SitemapEntry> sink) {
        ZoneId zone = paths.zone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        // The photo is looked up per row: LIMIT 1 keeps the planner from joining by hashing the whole photo
        // table, which grows with the archive, for every sitemap page (HotQueryPlanIntegrationTests).
        readOnly.executeWithoutResult(status -> streaming
                .sql("""
                        SELECT a.id, a.lang, a.slug, a.publish_at, greatest(a.updated_at, a.publish_at) AS lastmod,
                               photo.media_id, photo.content_type,
                               ARRAY(SELECT t.lang || ' ' || (extract(epoch FROM t.publish_at) * 1000000)::bigint
                                            || ' ' || t.slug
                                     FROM article t
                                     WHERE t.translation_set_id = a.translation_set_id AND""" + TRANSLATION_VISIBLE + """
                                     ORDER BY array_position(ARRAY['az','ru','en'], t.lang)) AS versions
                        FROM article a
                        LEFT JOIN LATERAL (SELECT m.id AS media_id, m.content_type
                                           FROM article_photo p JOIN media_file m ON m.id = p.media_id
                                           WHERE p.id = a.photo_id LIMIT 1) photo ON true
                        WHERE a.publish_at >= :from AND a.publish_at < :to AND""" + ArticleRepository.VISIBLE + """
                        ORDER BY a.publish_at, a.id
                        OFFSET :offset LIMIT :limit""")
                .param("from", FeedRepository.utc(from))
                .param("to", FeedRepository.utc(to))
                .param("now", FeedRepository.utc(clock.instant()))
                .param("offset", offset)
                .param("limit", limit)
                .query((RowCallbackHandler) rs -> sink.accept(entry(rs))));
    }

    /** Visible stories of a language published since {@code since}, newest first, at most {@code limit}. */
    List<NewsEntry> news(Language language, Instant since, int limit) {
        return jdbc.sql("""
                        SELECT a.lang, a.slug, a.headline, a.publish_at FROM article a
                        WHERE a.lang = :lang AND a.publish_at >= :since AND""" + ArticleRepository.VISIBLE + """
                        ORDER BY a.publish_at DESC, a.id DESC LIMIT :limit""")
                .param("lang", language.code())
                .param("since", FeedRepository.utc(since))
                .param("now", FeedRepository.utc(clock.instant()))
                .param("limit", limit)
                .query((rs, row) -> {
                    Instant publishAt = FeedRepository.instant(rs, "publish_at");
                    return new NewsEntry(
                            paths.article(language, publishAt, rs.getString("slug")),
                            rs.getString("headline"),
                            publishAt);
                })
                .list();
    }

    private SitemapEntry entry(ResultSet rs) throws SQLException {
        Language language = Language.of(rs.getString("lang"));
        Instant publishAt = FeedRepository.instant(rs, "publish_at");
        String image = null;
        if (rs.getObject("media_id") != null) {
            image = MediaUrls.original(rs.getObject("media_id", UUID.class), rs.getString("content_type"));
        }
        List<SitemapEntry.Version> versions = new ArrayList<>(3);
        for (String version : (String[]) rs.getArray("versions").getArray()) {
            String[] parts = version.split(" ", 3);
            long micros = Long.parseLong(parts[1]);
            Language each = Language.of(parts[0]);
            Instant at =
                    Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000);
            versions.add(new SitemapEntry.Version(each.code(), paths.article(each, at, parts[2])));
        }
        return new SitemapEntry(
                paths.article(language, publishAt, rs.getString("slug")),
                FeedRepository.instant(rs, "lastmod"),
                versions,
                image);
    }

    /**
     * A month of the sitemap index.
     *
     * @param month the month in the agency's time zone
     * @param urls how many visible stories it holds
     * @param lastModified the latest change among them
     */
    record Month(YearMonth month, long urls, Instant lastModified) {}

    /**
     * One story in the Google News sitemap.
     *
     * @param path its address
     * @param headline its headline
     * @param publishAt when it was published
     */
    record NewsEntry(String path, String headline, Instant publishAt) {}
}
