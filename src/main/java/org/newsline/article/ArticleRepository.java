package org.newsline.article;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.newsline.media.MediaUrls;
import org.newsline.platform.Language;
import org.newsline.platform.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What readers may see. Every query here applies the visibility rule, so drafts, scheduled and embargoed
 * stories cannot leak through any public page.
 */
@Repository
public class ArticleRepository {

    /**
     * A story is visible when published, its publish time has come and any embargo has passed. An SQL
     * condition on table alias {@code a} with the parameter {@code :now}; public so that features streaming
     * stories with their own SQL (sitemaps, feeds) apply the very same rule.
     */
    // Padded with spaces: text blocks strip trailing blanks, so concatenation must not glue words together.
    public static final String VISIBLE = " (a.status = 'published' AND a.publish_at <= :now"
            + " AND (a.embargo_until IS NULL OR a.embargo_until <= :now)) ";

    private static final String SUMMARY_COLUMNS = """
            a.id, a.lang, a.slug, a.headline, a.standfirst, a.urgency, a.publish_at,
            c.id AS c_id, c.slug AS c_slug, c.name_az AS c_name_az, c.name_ru AS c_name_ru, c.name_en AS c_name_en,
            m.id AS media_id, m.content_type AS media_type, m.width AS media_width,
            p.caption_az, p.caption_ru, p.caption_en,
            ARRAY(SELECT r.width FROM media_rendition r WHERE r.media_id = m.id ORDER BY r.width) AS media_renditions""";

    private static final String SUMMARY_FROM = """
            FROM article a
            JOIN article_category c ON c.id = a.category_id
            LEFT JOIN article_photo p ON p.id = a.photo_id
            LEFT JOIN media_file m ON m.id = p.media_id""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ArticlePaths paths;
    private final BodyRenderer renderer;

    /** How long the list of sections is kept before it is read again. */
    static final Duration SECTIONS_KEPT = Duration.ofSeconds(30);

    private final LoadingCache<Boolean, List<Category>> sections;

    ArticleRepository(JdbcClient jdbc, Clock clock, ArticlePaths paths, BodyRenderer renderer) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.paths = paths;
        this.renderer = renderer;
        this.sections =
                Caffeine.newBuilder().expireAfterWrite(SECTIONS_KEPT).build(any -> List.copyOf(readCategories()));
    }

    /**
     * Visible stories newest first, after the cursor (exclusive) when one is given.
     *
     * @param limit at most this many
     */
    public List<ArticleSummary> list(Language language, ListFilter filter, Optional<Cursor> before, int limit) {
        String cursorCondition = before.isPresent() ? "AND (a.publish_at, a.id) < (:cursorAt, :cursorId)" : "";
        var spec = jdbc.sql("SELECT " + SUMMARY_COLUMNS + "\n" + SUMMARY_FROM + "\nWHERE " + VISIBLE
                        + " AND a.lang = :lang AND (" + filter.condition() + ") " + cursorCondition
                        + " ORDER BY a.publish_at DESC, a.id DESC LIMIT :limit")
                .param("now", now())
                .param("lang", language.code())
                .param("filterId", filter.filterId())
                .param("limit", limit);
        if (before.isPresent()) {
            spec = spec.param("cursorAt", utc(before.get().publishAt()))
                    .param("cursorId", before.get().id());
        }
        return spec.query(this::summary).list();
    }

    /** The visible ones among these stories, in no particular order; for search results. */
    public List<ArticleSummary> summaries(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + "\n" + SUMMARY_FROM + "\nWHERE " + VISIBLE
                        + " AND a.id IN (:ids)")
                .param("now", now())
                .param("ids", ids)
                .query(this::summary)
                .list();
    }

    /** The latest visible stories of each category, at most {@code perCategory} each. */
    public List<ArticleSummary> latestPerCategory(Language language, int perCategory) {
        // Per section, its own few latest through the (lang, category, publish_at) index: ranking every story of
        // the language to keep four per section read the whole language on each home page.
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + """

                        FROM article_category c
                        CROSS JOIN LATERAL (SELECT * FROM article a
                                            WHERE a.category_id = c.id AND a.lang = :lang AND """ + VISIBLE + """
                                            ORDER BY a.publish_at DESC, a.id DESC LIMIT :perCategory) a
                        LEFT JOIN article_photo p ON p.id = a.photo_id
                        LEFT JOIN media_file m ON m.id = p.media_id
                        ORDER BY c.id, a.publish_at DESC, a.id DESC""")
                .param("now", now())
                .param("lang", language.code())
                .param("perCategory", perCategory)
                .query(this::summary)
                .list();
    }

    /** The latest visible stories that have a photo, for the home page's lead. */
    public List<ArticleSummary> leadStories(Language language, int limit) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + "\n" + SUMMARY_FROM + "\nWHERE " + VISIBLE
                        + " AND a.lang = :lang AND a.photo_id IS NOT NULL"
                        + " ORDER BY a.publish_at DESC, a.id DESC LIMIT :limit")
                .param("now", now())
                .param("lang", language.code())
                .param("limit", limit)
                .query(this::summary)
                .list();
    }

    /** A visible story by its current slug. */
    public Optional<Article> findVisible(Language language, String slug) {
        return jdbc.sql("""
                        SELECT a.*, c.id AS c_id, c.slug AS c_slug,
                               c.name_az AS c_name_az, c.name_ru AS c_name_ru, c.name_en AS c_name_en,
                               p.id AS p_id, p.caption_az, p.caption_ru, p.caption_en, p.credit, p.source_kind, p.licence,
                               m.id AS media_id, m.content_type AS media_type, m.width, m.height,
                               ARRAY(SELECT r.width FROM media_rendition r WHERE r.media_id = m.id ORDER BY r.width)
                                   AS media_renditions,
                               (SELECT json_agg(json_build_array(au.id, au.slug, au.name_az, au.name_ru, au.name_en,
                                                                 au.role_az, au.role_ru, au.role_en,
                                                                 au.bio_az, au.bio_ru, au.bio_en) ORDER BY b.position)
                                FROM article_byline b JOIN article_author au ON au.id = b.author_id
                                WHERE b.article_id = a.id)::text AS bylines_json,
                               -- Each tag by its key: with a plain join the planner hashes the whole tag
                               -- table for a story's two or three tags (OFFSET 0 keeps the lookup per row).
                               (SELECT json_agg(json_build_array(t.id, t.slug, t.name_az, t.name_ru, t.name_en)
                                                ORDER BY t.slug)
                                FROM article_tagging g
                                CROSS JOIN LATERAL (SELECT * FROM article_tag t WHERE t.id = g.tag_id OFFSET 0) t
                                WHERE g.article_id = a.id)::text AS tags_json,
                               (SELECT json_agg(json_build_array(k.noted_at, k.note) ORDER BY k.noted_at, k.id)
                                FROM article_correction k WHERE k.article_id = a.id)::text AS corrections_json
                        FROM article a
                        JOIN article_category c ON c.id = a.category_id
                        LEFT JOIN article_photo p ON p.id = a.photo_id
                        LEFT JOIN media_file m ON m.id = p.media_id
                        WHERE a.lang = :lang AND a.slug = :slug AND """ + VISIBLE)
                .param("now", now())
                .param("lang", language.code())
                .param("slug", slug)
                .query((rs, row) -> withDetails(article(rs, row), rs))
                .optional();
    }

    /**
     * Adds bylines, tags and corrections, read in the same query as JSON arrays: three more queries per page
     * were a third of an uncached article's database time.
     */
    private static Article withDetails(Article a, ResultSet rs) throws SQLException {
        return new Article(
                a.id(),
                a.translationSetId(),
                a.language(),
                a.slug(),
                a.path(),
                a.headline(),
                a.standfirst(),
                a.bodyHtml(),
                a.datelinePlace(),
                a.datelineAt(),
                a.category(),
                a.urgency(),
                a.publishAt(),
                a.updatedAt(),
                a.version(),
                StoryDetails.bylines(rs.getString("bylines_json")),
                StoryDetails.tags(rs.getString("tags_json")),
                a.photo(),
                StoryDetails.corrections(rs.getString("corrections_json")));
    }

    /** The current address of a visible story that once had this slug. */
    public Optional<String> findMovedPath(Language language, String oldSlug) {
        return jdbc.sql("""
                        SELECT a.lang, a.slug, a.publish_at
                        FROM article_slug_history h JOIN article a ON a.id = h.article_id
                        WHERE h.lang = :lang AND h.slug = :slug AND """ + VISIBLE)
                .param("now", now())
                .param("lang", language.code())
                .param("slug", oldSlug)
                .query((rs, row) -> paths.article(
                        Language.of(rs.getString("lang")), instant(rs, "publish_at"), rs.getString("slug")))
                .optional();
    }

    /** The story's other visible language versions, in the site's language order. */
    public List<Translation> translations(Article article) {
        return jdbc.sql("""
                        SELECT a.lang, a.slug, a.headline, a.publish_at FROM article a
                        WHERE a.translation_set_id = :set AND a.id <> :id AND """ + VISIBLE + " ORDER BY array_position(ARRAY['az','ru','en'], a.lang)")
                .param("now", now())
                .param("set", article.translationSetId())
                .param("id", article.id())
                .query((rs, row) -> {
                    Language language = Language.of(rs.getString("lang"));
                    return new Translation(
                            language,
                            paths.article(language, instant(rs, "publish_at"), rs.getString("slug")),
                            rs.getString("headline"));
                })
                .list();
    }

    /** Visible stories in the same language that share the category or a tag; most shared tags first. */
    public List<ArticleSummary> related(Article article, int limit) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + "\n" + SUMMARY_FROM + "\nWHERE " + VISIBLE + """
                         AND a.lang = :lang AND a.id <> :id
                         AND (a.category_id = :category OR EXISTS (
                              SELECT 1 FROM article_tagging t1 JOIN article_tagging t2 ON t2.tag_id = t1.tag_id
                              WHERE t1.article_id = a.id AND t2.article_id = :id))
                        ORDER BY (SELECT count(*) FROM article_tagging t1 JOIN article_tagging t2 ON t2.tag_id = t1.tag_id
                                  WHERE t1.article_id = a.id AND t2.article_id = :id) DESC,
                                 a.publish_at DESC, a.id DESC
                        LIMIT :limit""")
                .param("now", now())
                .param("lang", article.language().code())
                .param("id", article.id())
                .param("category", article.category().id())
                .param("limit", limit)
                .query(this::summary)
                .list();
    }

    /**
     * The sections in their order. Only migrations write them, so the list is read at most once every
     * {@link #SECTIONS_KEPT}: every public page shows them, and a query per page for a list that never changes
     * while the site runs was the largest share of an uncached page's database time.
     */
    public List<Category> categories() {
        return sections.get(Boolean.TRUE);
    }

    private List<Category> readCategories() {
        return jdbc.sql("SELECT id AS c_id, slug AS c_slug, name_az AS c_name_az, name_ru AS c_name_ru,"
                        + " name_en AS c_name_en FROM article_category ORDER BY position")
                .query((rs, row) -> category(rs))
                .list();
    }

    public Optional<Category> findCategory(String slug) {
        return categories().stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    public Optional<Author> findAuthor(String slug) {
        return jdbc.sql("SELECT * FROM article_author WHERE slug = :slug")
                .param("slug", slug)
                .query((rs, row) -> author(rs))
                .optional();
    }

    public List<Author> authors() {
        return jdbc.sql("SELECT * FROM article_author ORDER BY name_en")
                .query((rs, row) -> author(rs))
                .list();
    }

    /** The correspondents with these slugs, in no particular order; unknown slugs are left out. */
    public List<Author> authors(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM article_author WHERE slug = ANY(:slugs)")
                .param("slugs", slugs.toArray(String[]::new))
                .query((rs, row) -> author(rs))
                .list();
    }

    public Optional<Tag> findTag(String slug) {
        return jdbc.sql("SELECT * FROM article_tag WHERE slug = :slug")
                .param("slug", slug)
                .query((rs, row) -> tag(rs))
                .optional();
    }

    /** The translation set of any story, visible or not. */
    public long translationSetOf(long articleId) {
        return jdbc.sql("SELECT translation_set_id FROM article WHERE id = :id")
                .param("id", articleId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new ArticleNotFoundException(articleId));
    }

    /** How many stories exist in any state; the demo content is only created into an empty site. */
    public long countAll() {
        return jdbc.sql("SELECT count(*) FROM article").query(Long.class).single();
    }

    private Article article(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        Language language = Language.of(rs.getString("lang"));
        Instant publishAt = instant(rs, "publish_at");
        Photo photo = null;
        if (rs.getObject("p_id") != null) {
            photo = new Photo(
                    rs.getLong("p_id"),
                    mediaUrl(rs),
                    rs.getInt("width"),
                    rs.getInt("height"),
                    new LocalizedText(
                            rs.getString("caption_az"), rs.getString("caption_ru"), rs.getString("caption_en")),
                    rs.getString("credit"),
                    PhotoSource.of(rs.getString("source_kind")),
                    rs.getString("licence"),
                    srcset(rs, rs.getInt("width")));
        }
        return new Article(
                id,
                rs.getLong("translation_set_id"),
                language,
                rs.getString("slug"),
                paths.article(language, publishAt, rs.getString("slug")),
                rs.getString("headline"),
                rs.getString("standfirst"),
                renderer.toHtml(rs.getString("body_md")),
                rs.getString("dateline_place"),
                instant(rs, "dateline_at"),
                category(rs),
                Urgency.of(rs.getString("urgency")),
                publishAt,
                instant(rs, "updated_at"),
                rs.getInt("version"),
                List.of(),
                List.of(),
                photo,
                List.of());
    }

    private ArticleSummary summary(ResultSet rs, int row) throws SQLException {
        Language language = Language.of(rs.getString("lang"));
        Instant publishAt = instant(rs, "publish_at");
        String photoUrl = rs.getObject("media_id") == null ? null : mediaUrl(rs);
        String photoAlt = photoUrl == null
                ? null
                : new LocalizedText(rs.getString("caption_az"), rs.getString("caption_ru"), rs.getString("caption_en"))
                        .in(language);
        return new ArticleSummary(
                rs.getLong("id"),
                language,
                paths.article(language, publishAt, rs.getString("slug")),
                rs.getString("headline"),
                rs.getString("standfirst"),
                category(rs),
                Urgency.of(rs.getString("urgency")),
                publishAt,
                photoUrl,
                photoAlt,
                photoUrl == null ? null : srcset(rs, rs.getInt("media_width")));
    }

    private static String mediaUrl(ResultSet rs) throws SQLException {
        return MediaUrls.original(rs.getObject("media_id", UUID.class), rs.getString("media_type"));
    }

    private static String srcset(ResultSet rs, int width) throws SQLException {
        Integer[] renditions = (Integer[]) rs.getArray("media_renditions").getArray();
        return MediaUrls.srcset(
                rs.getObject("media_id", UUID.class), rs.getString("media_type"), width, List.of(renditions));
    }

    private static Category category(ResultSet rs) throws SQLException {
        return new Category(
                rs.getInt("c_id"),
                rs.getString("c_slug"),
                new LocalizedText(rs.getString("c_name_az"), rs.getString("c_name_ru"), rs.getString("c_name_en")));
    }

    static Author author(ResultSet rs) throws SQLException {
        return new Author(
                rs.getLong("id"),
                rs.getString("slug"),
                new LocalizedText(rs.getString("name_az"), rs.getString("name_ru"), rs.getString("name_en")),
                new LocalizedText(rs.getString("role_az"), rs.getString("role_ru"), rs.getString("role_en")),
                new LocalizedText(rs.getString("bio_az"), rs.getString("bio_ru"), rs.getString("bio_en")));
    }

    static Tag tag(ResultSet rs) throws SQLException {
        return new Tag(
                rs.getLong("id"),
                rs.getString("slug"),
                new LocalizedText(rs.getString("name_az"), rs.getString("name_ru"), rs.getString("name_en")));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private OffsetDateTime now() {
        return utc(clock.instant());
    }
}
