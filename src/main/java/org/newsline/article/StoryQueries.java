package org.newsline.article;

import static org.newsline.article.ArticleRepository.instant;
import static org.newsline.article.ArticleRepository.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsline.platform.Language;
import org.newsline.platform.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stories in every state, for the newsroom (never for readers: no visibility rule applies here). */
@Repository
public class StoryQueries {

    private static final String ROW = """
            SELECT a.id, a.lang, a.headline, c.slug AS category, a.urgency, a.status, a.publish_at, a.embargo_until,
                   a.updated_at, a.version, a.created_by
            FROM article a JOIN article_category c ON c.id = a.category_id""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ArticlePaths paths;

    StoryQueries(JdbcClient jdbc, Clock clock, ArticlePaths paths) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.paths = paths;
    }

    /** Drafts started by one staff member, newest change first. */
    public List<StoryRow> draftsOf(long accountId, int limit) {
        return rows(
                " WHERE a.status = 'draft' AND a.created_by = :account ORDER BY a.updated_at DESC LIMIT :limit",
                Map.of("account", accountId, "limit", limit));
    }

    /**
     * Stories with one status, newest change first; {@code null} means every status.
     *
     * @param startedBy {@code null} for every story; an account id for only the stories it started and those
     *     readers can see (what a correspondent may open)
     */
    public List<StoryRow> withStatus(Status status, Language language, Long startedBy, int limit, int offset) {
        return find(status, language, null, startedBy, limit, offset);
    }

    /**
     * Stories in any state (drafts too) whose headline, standfirst or body contains the text, newest
     * change first. For staff: the public search index holds only what readers may see.
     *
     * @param text words to look for, case-insensitively; {@code null} or blank for no text filter
     * @param startedBy {@code null} for every story; an account id for only the stories it started and those
     *     readers can see (what a correspondent may open)
     */
    public List<StoryRow> find(Status status, Language language, String text, Long startedBy, int limit, int offset) {
        String pattern = text == null || text.isBlank()
                ? ""
                : "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return rows(
                " WHERE (:status = '' OR a.status = :status) AND (:lang = '' OR a.lang = :lang)"
                        + " AND (:pattern = '' OR a.headline ILIKE :pattern OR a.standfirst ILIKE :pattern"
                        + " OR a.body_md ILIKE :pattern)"
                        + " AND (:startedBy = 0 OR a.created_by = :startedBy OR" + ArticleRepository.VISIBLE + ")"
                        + " ORDER BY a.updated_at DESC, a.id DESC LIMIT :limit OFFSET :offset",
                Map.of(
                        "status",
                        status == null ? "" : status.code(),
                        "lang",
                        language == null ? "" : language.code(),
                        "pattern",
                        pattern,
                        "startedBy",
                        startedBy == null ? 0L : startedBy,
                        "now",
                        utc(clock.instant()),
                        "limit",
                        limit,
                        "offset",
                        offset));
    }

    /** Published stories whose publish time is still ahead. */
    public List<StoryRow> scheduled(int limit) {
        return rows(
                " WHERE a.status = 'published' AND a.publish_at > :now ORDER BY a.publish_at LIMIT :limit",
                Map.of("now", utc(clock.instant()), "limit", limit));
    }

    /** Published stories under an embargo that has not passed. */
    public List<StoryRow> embargoed(int limit) {
        return rows(
                " WHERE a.status = 'published' AND a.embargo_until > :now ORDER BY a.embargo_until LIMIT :limit",
                Map.of("now", utc(clock.instant()), "limit", limit));
    }

    /** Stories readers can see, latest first. */
    public List<StoryRow> recentlyPublished(int limit) {
        return rows(
                " WHERE " + ArticleRepository.VISIBLE + " ORDER BY a.publish_at DESC, a.id DESC LIMIT :limit",
                Map.of("now", utc(clock.instant()), "limit", limit));
    }

    /** The ids of a translation set's stories, oldest first. */
    public List<Long> inTranslationSet(long translationSetId) {
        return jdbc.sql("SELECT id FROM article WHERE translation_set_id = :set ORDER BY id")
                .param("set", translationSetId)
                .query(Long.class)
                .list();
    }

    public Optional<EditableStory> find(long id) {
        return jdbc.sql("""
                        SELECT a.*, c.slug AS category,
                               p.id AS p_id, p.caption_az, p.caption_ru, p.caption_en, p.credit, p.source_kind, p.licence,
                               m.id AS media_id, m.content_type AS media_type, m.width, m.height,
                               (""" + ArticleRepository.VISIBLE + """
                               ) AS visible
                        FROM article a
                        JOIN article_category c ON c.id = a.category_id
                        LEFT JOIN article_photo p ON p.id = a.photo_id
                        LEFT JOIN media_file m ON m.id = p.media_id
                        WHERE a.id = :id""")
                .param("id", id)
                .param("now", utc(clock.instant()))
                .query(this::story)
                .optional()
                .map(this::withDetails);
    }

    private EditableStory withDetails(EditableStory s) {
        ArticleDraft c = s.content();
        List<Long> authors = jdbc.sql("SELECT author_id FROM article_byline WHERE article_id = :id ORDER BY position")
                .param("id", s.id())
                .query(Long.class)
                .list();
        List<String> tags =
                jdbc.sql("""
                        SELECT t.slug FROM article_tagging g JOIN article_tag t ON t.id = g.tag_id
                        WHERE g.article_id = :id ORDER BY t.slug""").param("id", s.id()).query(String.class).list();
        Map<Language, Long> translations = new EnumMap<>(Language.class);
        jdbc.sql("SELECT id, lang FROM article WHERE translation_set_id = :set AND id <> :id")
                .param("set", c.translationSetId())
                .param("id", s.id())
                .query((rs, row) -> translations.put(Language.of(rs.getString("lang")), rs.getLong("id")))
                .list();
        List<Correction> corrections = jdbc.sql(
                        "SELECT noted_at, note FROM article_correction WHERE article_id = :id ORDER BY noted_at, id")
                .param("id", s.id())
                .query((rs, row) -> new Correction(instant(rs, "noted_at"), rs.getString("note")))
                .list();
        ArticleDraft content = new ArticleDraft(
                c.translationSetId(),
                c.language(),
                c.slug(),
                c.headline(),
                c.standfirst(),
                c.bodyMarkdown(),
                c.datelinePlace(),
                c.datelineAt(),
                c.categorySlug(),
                authors,
                tags,
                c.photoId(),
                c.urgency(),
                c.embargoUntil());
        return new EditableStory(
                s.id(),
                content,
                s.status(),
                s.publishAt(),
                s.version(),
                s.createdBy(),
                s.unpublishReason(),
                s.photo(),
                translations,
                corrections,
                s.publicPath());
    }

    private EditableStory story(ResultSet rs, int row) throws SQLException {
        Language language = Language.of(rs.getString("lang"));
        Photo photo = null;
        if (rs.getObject("p_id") != null) {
            photo = new Photo(
                    rs.getLong("p_id"),
                    "/media/" + rs.getObject("media_id")
                            + ("image/png".equals(rs.getString("media_type")) ? ".png" : ".jpg"),
                    rs.getInt("width"),
                    rs.getInt("height"),
                    new LocalizedText(
                            rs.getString("caption_az"), rs.getString("caption_ru"), rs.getString("caption_en")),
                    rs.getString("credit"),
                    PhotoSource.of(rs.getString("source_kind")),
                    rs.getString("licence"));
        }
        ArticleDraft content = new ArticleDraft(
                rs.getLong("translation_set_id"),
                language,
                rs.getString("slug"),
                rs.getString("headline"),
                rs.getString("standfirst"),
                rs.getString("body_md"),
                rs.getString("dateline_place"),
                instant(rs, "dateline_at"),
                rs.getString("category"),
                List.of(),
                List.of(),
                photo == null ? null : photo.id(),
                Urgency.of(rs.getString("urgency")),
                instant(rs, "embargo_until"));
        boolean visible = rs.getBoolean("visible");
        return new EditableStory(
                rs.getLong("id"),
                content,
                Status.of(rs.getString("status")),
                instant(rs, "publish_at"),
                rs.getInt("version"),
                rs.getObject("created_by") == null ? null : rs.getLong("created_by"),
                rs.getString("unpublish_reason"),
                photo,
                Map.of(),
                List.of(),
                visible ? paths.article(language, instant(rs, "publish_at"), rs.getString("slug")) : null);
    }

    private List<StoryRow> rows(String where, Map<String, ?> params) {
        return jdbc.sql(ROW + where).params(params).query(StoryQueries::row).list();
    }

    private static StoryRow row(ResultSet rs, int row) throws SQLException {
        return new StoryRow(
                rs.getLong("id"),
                Language.of(rs.getString("lang")),
                rs.getString("headline"),
                rs.getString("category"),
                Urgency.of(rs.getString("urgency")),
                Status.of(rs.getString("status")),
                instant(rs, "publish_at"),
                instant(rs, "embargo_until"),
                instant(rs, "updated_at"),
                rs.getInt("version"),
                rs.getObject("created_by") == null ? null : rs.getLong("created_by"));
    }
}
