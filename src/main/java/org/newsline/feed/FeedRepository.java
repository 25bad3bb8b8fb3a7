package org.newsline.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.newsline.article.ArticlePaths;
import org.newsline.article.ArticleRepository;
import org.newsline.article.BodyRenderer;
import org.newsline.article.Category;
import org.newsline.article.ListFilter;
import org.newsline.article.Urgency;
import org.newsline.feed.FeedItem.Byline;
import org.newsline.feed.FeedItem.FeedPhoto;
import org.newsline.media.MediaFile;
import org.newsline.platform.Language;
import org.newsline.platform.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads what feeds carry: the latest visible stories with their photo's size and credit, bylines and tags,
 * in three queries per feed (not three per story).
 */
@Repository
class FeedRepository {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ArticlePaths paths;
    private final BodyRenderer renderer;

    FeedRepository(JdbcClient jdbc, Clock clock, ArticlePaths paths, BodyRenderer renderer) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.paths = paths;
        this.renderer = renderer;
    }

    /** The latest visible stories of a topic, newest first; bodies are rendered only when asked for. */
    List<FeedItem> latest(Language language, ListFilter filter, int limit, boolean withBody) {
        List<Row> rows = jdbc.sql("""
                        SELECT a.id, a.lang, a.slug, a.headline, a.standfirst, a.body_md, a.publish_at, a.updated_at,
                               a.urgency, c.id AS c_id, c.slug AS c_slug,
                               c.name_az AS c_name_az, c.name_ru AS c_name_ru, c.name_en AS c_name_en,
                               m.id AS media_id, m.content_type, m.byte_size, m.width, m.height,
                               p.caption_az, p.caption_ru, p.caption_en, p.credit
                        FROM article a
                        JOIN article_category c ON c.id = a.category_id
                        LEFT JOIN article_photo p ON p.id = a.photo_id
                        LEFT JOIN media_file m ON m.id = p.media_id
                        WHERE a.lang = :lang AND""" + ArticleRepository.VISIBLE + "AND (" + filter.condition() + """
                        )
                        ORDER BY a.publish_at DESC, a.id DESC LIMIT :limit""")
                .param("now", utc(clock.instant()))
                .param("lang", language.code())
                .param("filterId", filter.filterId())
                .param("limit", limit)
                .query((rs, row) -> row(rs, withBody))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<Byline>> bylines = bylines(ids, language);
        Map<Long, List<String>> tags = tags(ids, language);
        return rows.stream()
                .map(r -> new FeedItem(
                        r.id(),
                        language,
                        r.path(),
                        r.headline(),
                        r.standfirst(),
                        r.bodyHtml(),
                        r.publishAt(),
                        r.updatedAt(),
                        r.category(),
                        r.urgency(),
                        bylines.getOrDefault(r.id(), List.of()),
                        tags.getOrDefault(r.id(), List.of()),
                        r.photo()))
                .toList();
    }

    /**
     * The language, category, correspondents and tags of any story, visible or not: what a change to it may
     * have changed. Empty for an unknown id.
     */
    Optional<Topics> topicsOf(long articleId) {
        return jdbc.sql("""
                        SELECT a.lang, c.slug AS c_slug,
                               ARRAY(SELECT au.slug FROM article_byline b JOIN article_author au ON au.id = b.author_id
                                     WHERE b.article_id = a.id ORDER BY b.position) AS authors,
                               ARRAY(SELECT t.slug FROM article_tagging g JOIN article_tag t ON t.id = g.tag_id
                                     WHERE g.article_id = a.id ORDER BY t.slug) AS tags
                        FROM article a JOIN article_category c ON c.id = a.category_id WHERE a.id = :id""")
                .param("id", articleId)
                .query((rs, row) -> new Topics(
                        Language.of(rs.getString("lang")),
                        rs.getString("c_slug"),
                        List.of((String[]) rs.getArray("authors").getArray()),
                        List.of((String[]) rs.getArray("tags").getArray())))
                .optional();
    }

    /** A story as the live News Line announces it, if it is visible now. */
    Optional<LiveStory> visibleStory(long articleId) {
        return jdbc.sql("""
                        SELECT a.id, a.lang, a.slug, a.headline, a.publish_at, a.urgency, c.slug AS c_slug
                        FROM article a JOIN article_category c ON c.id = a.category_id
                        WHERE a.id = :id AND""" + ArticleRepository.VISIBLE)
                .param("id", articleId)
                .param("now", utc(clock.instant()))
                .query((rs, row) -> {
                    Language language = Language.of(rs.getString("lang"));
                    Instant publishAt = instant(rs, "publish_at");
                    return new LiveStory(
                            rs.getLong("id"),
                            language,
                            paths.article(language, publishAt, rs.getString("slug")),
                            rs.getString("headline"),
                            rs.getString("c_slug"),
                            rs.getString("urgency"),
                            publishAt);
                })
                .optional();
    }

    private Map<Long, List<Byline>> bylines(List<Long> ids, Language language) {
        Map<Long, List<Byline>> result = new HashMap<>();
        jdbc.sql("""
                        SELECT b.article_id, au.slug, au.name_az, au.name_ru, au.name_en
                        FROM article_byline b JOIN article_author au ON au.id = b.author_id
                        WHERE b.article_id IN (:ids) ORDER BY b.article_id, b.position""").param("ids", ids).query(rs -> {
            String name = new LocalizedText(rs.getString("name_az"), rs.getString("name_ru"), rs.getString("name_en"))
                    .in(language);
            result.computeIfAbsent(rs.getLong("article_id"), id -> new ArrayList<>())
                    .add(new Byline(name, paths.author(language, rs.getString("slug"))));
        });
        return result;
    }

    private Map<Long, List<String>> tags(List<Long> ids, Language language) {
        Map<Long, List<String>> result = new HashMap<>();
        jdbc.sql("""
                        SELECT g.article_id, t.name_az, t.name_ru, t.name_en
                        FROM article_tagging g JOIN article_tag t ON t.id = g.tag_id
                        WHERE g.article_id IN (:ids) ORDER BY g.article_id, t.slug""").param("ids", ids).query(rs -> {
            result.computeIfAbsent(rs.getLong("article_id"), id -> new ArrayList<>())
                    .add(new LocalizedText(rs.getString("name_az"), rs.getString("name_ru"), rs.getString("name_en"))
                            .in(language));
        });
        return result;
    }

    private Row row(ResultSet rs, boolean withBody) throws SQLException {
        Language language = Language.of(rs.getString("lang"));
        Instant publishAt = instant(rs, "publish_at");
        FeedPhoto photo = null;
        if (rs.getObject("media_id") != null) {
            MediaFile file = new MediaFile(
                    rs.getObject("media_id", UUID.class),
                    rs.getString("content_type"),
                    rs.getInt("width"),
                    rs.getInt("height"),
                    "",
                    List.of());
            photo = new FeedPhoto(
                    file.url(),
                    file.contentType(),
                    rs.getLong("byte_size"),
                    file.width(),
                    file.height(),
                    new LocalizedText(
                                    rs.getString("caption_az"), rs.getString("caption_ru"), rs.getString("caption_en"))
                            .in(language),
                    rs.getString("credit"));
        }
        return new Row(
                rs.getLong("id"),
                paths.article(language, publishAt, rs.getString("slug")),
                rs.getString("headline"),
                rs.getString("standfirst"),
                withBody ? renderer.toHtml(rs.getString("body_md")) : null,
                publishAt,
                instant(rs, "updated_at"),
                new Category(
                        rs.getInt("c_id"),
                        rs.getString("c_slug"),
                        new LocalizedText(
                                rs.getString("c_name_az"), rs.getString("c_name_ru"), rs.getString("c_name_en"))),
                Urgency.valueOf(rs.getString("urgency").toUpperCase(Locale.ROOT)),
                photo);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * What a change to a story may have changed.
     *
     * @param language its language
     * @param category its category slug
     * @param authors its correspondents' slugs
     * @param tags its tag slugs
     */
    record Topics(Language language, String category, List<String> authors, List<String> tags) {}

    /**
     * A newly visible story, as the live News Line sends it to open pages.
     *
     * @param id database id
     * @param language its language
     * @param path its address
     * @param headline its headline
     * @param category its category slug
     * @param urgency flash, urgent or normal
     * @param publishAt when it became visible
     */
    record LiveStory(
            long id,
            Language language,
            String path,
            String headline,
            String category,
            String urgency,
            Instant publishAt) {}

    private record Row(
            long id,
            String path,
            String headline,
            String standfirst,
            String bodyHtml,
            Instant publishAt,
            Instant updatedAt,
            Category category,
            Urgency urgency,
            FeedPhoto photo) {}
}
