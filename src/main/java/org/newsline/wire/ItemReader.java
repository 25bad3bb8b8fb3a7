package org.newsline.wire;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsline.article.ArticlePaths;
import org.newsline.article.BodyRenderer;
import org.newsline.platform.Language;
import org.newsline.quote.EntityMentions;
import org.newsline.wire.WireItem.Picture;
import org.newsline.wire.WireItem.Subject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads a story as it was at one version, from its saved revision: what a subscriber got then stays what
 * they get when they ask for that version again.
 */
@Repository
class ItemReader {

    private final JdbcClient jdbc;
    private final BodyRenderer renderer;
    private final ArticlePaths paths;
    private final EntityMentions mentions;
    private final String baseUrl;
    private final String guidPrefix;

    ItemReader(
            JdbcClient jdbc,
            BodyRenderer renderer,
            ArticlePaths paths,
            EntityMentions mentions,
            @Value("${newsline.site.base-url:http://localhost:8080}") String baseUrl,
            @Value("${newsline.feed.id-authority:newsline,2026}") String idAuthority) {
        this.jdbc = jdbc;
        this.renderer = renderer;
        this.paths = paths;
        this.mentions = mentions;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        // the same identifiers as the feeds, so a story has one id wherever it is found
        this.guidPrefix = "tag:" + (idAuthority.isBlank() ? "newsline,2026" : idAuthority) + ":article-";
    }

    String guid(long articleId) {
        return guidPrefix + articleId;
    }

    /** The story id named by a guid, if it is one of ours. */
    Optional<Long> articleId(String guid) {
        if (guid == null || !guid.startsWith(guidPrefix)) {
            return Optional.empty();
        }
        String id = guid.substring(guidPrefix.length());
        return id.matches("[1-9][0-9]{0,17}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }

    Optional<WireItem> read(ChangeRef change) {
        return jdbc.sql("""
                        SELECT a.id, a.lang, a.created_at, a.publish_at, a.unpublish_reason, r.saved_at, r.slug,
                               r.headline, r.standfirst, r.body_md, r.dateline_place, r.category_slug, r.urgency,
                               r.author_ids, r.tag_slugs, r.embargo_until, r.photo_id,
                               c.name_az, c.name_ru, c.name_en
                        FROM article a
                        JOIN article_revision r ON r.article_id = a.id AND r.version = :version
                        JOIN article_category c ON c.slug = r.category_slug
                        WHERE a.id = :id""")
                .param("id", change.articleId())
                .param("version", change.version())
                .query((rs, row) -> item(rs, change))
                .optional();
    }

    private WireItem item(ResultSet rs, ChangeRef change) throws SQLException {
        Language language = Language.of(rs.getString("lang"));
        String lang = language.code();
        Instant savedAt = instant(rs, "saved_at");
        Instant publishAt = instant(rs, "publish_at");
        Instant embargo = instant(rs, "embargo_until");
        boolean killed = change.kind().equals("unpublished");
        String body = rs.getString("body_md");
        String category = rs.getString("category_slug");
        Subject section = new Subject(
                "category", category, rs.getString("name_" + lang), baseUrl + paths.category(language, category));
        long id = rs.getLong("id");
        String plainText = renderer.toPlainText(body);
        return new WireItem(
                change.id(),
                change.kind(),
                guid(id),
                change.version(),
                killed ? "canceled" : "usable",
                instant(rs, "created_at"),
                savedAt,
                change.kind().equals("embargoed") ? embargo : null,
                switch (rs.getString("urgency")) {
                    case "flash" -> 1;
                    case "urgent" -> 3;
                    default -> 5;
                },
                language,
                rs.getString("headline"),
                rs.getString("standfirst"),
                renderer.toHtml(body),
                plainText,
                rs.getString("dateline_place"),
                bylines(longs(rs.getArray("author_ids")), lang),
                section,
                tags(strings(rs.getArray("tag_slugs")), language),
                rs.getObject("photo_id") == null ? null : photo(rs.getLong("photo_id"), lang),
                corrections(id, savedAt),
                killed && rs.getString("unpublish_reason") != null ? rs.getString("unpublish_reason") : "",
                publishAt == null ? baseUrl : baseUrl + paths.article(language, publishAt, rs.getString("slug")),
                mentions.in(language, plainText).stream()
                        .map(m -> new WireItem.Mention(m.kind(), m.slug(), m.name(), baseUrl + m.path()))
                        .toList());
    }

    private List<String> bylines(List<Long> ids, String lang) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT id, name_" + lang + " AS name FROM article_author WHERE id IN (:ids)")
                .param("ids", ids)
                .query((rs, row) -> names.put(rs.getLong("id"), rs.getString("name")))
                .list();
        List<String> ordered = new ArrayList<>();
        ids.stream()
                .map(names::get)
                .filter(name -> name != null && !name.isBlank())
                .forEach(ordered::add);
        return ordered;
    }

    private List<Subject> tags(List<String> slugs, Language language) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        String lang = language.code();
        return jdbc.sql("SELECT slug, coalesce(name_" + lang + ", name_en, slug) AS name FROM article_tag"
                        + " WHERE slug IN (:slugs) ORDER BY slug")
                .param("slugs", slugs)
                .query((rs, row) -> new Subject(
                        "tag",
                        rs.getString("slug"),
                        rs.getString("name"),
                        baseUrl + paths.tag(language, rs.getString("slug"))))
                .list();
    }

    private Picture photo(long photoId, String lang) {
        return jdbc.sql("""
                        SELECT p.caption_""" + lang + """
                         AS caption, p.credit, m.id AS media, m.content_type, m.width, m.height
                        FROM article_photo p JOIN media_file m ON m.id = p.media_id WHERE p.id = :id""")
                .param("id", photoId)
                .query((rs, row) -> {
                    String type = rs.getString("content_type");
                    String href =
                            baseUrl + "/media/" + rs.getObject("media") + ("image/png".equals(type) ? ".png" : ".jpg");
                    return new Picture(
                            guidPrefix.replace(":article-", ":photo-") + photoId,
                            href,
                            type,
                            rs.getInt("width"),
                            rs.getInt("height"),
                            rs.getString("caption"),
                            rs.getString("credit"));
                })
                .optional()
                .orElse(null);
    }

    private List<String> corrections(long articleId, Instant upTo) {
        return jdbc.sql("""
                        SELECT note FROM article_correction WHERE article_id = :id AND noted_at <= :upTo
                        ORDER BY noted_at, id""")
                .param("id", articleId)
                .param("upTo", upTo.atOffset(ZoneOffset.UTC))
                .query(String.class)
                .list();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
