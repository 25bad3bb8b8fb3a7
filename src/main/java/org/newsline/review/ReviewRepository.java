package org.newsline.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.newsline.article.ArticlePaths;
import org.newsline.article.ArticleRepository;
import org.newsline.article.Cursor;
import org.newsline.platform.Language;
import org.newsline.review.ReviewViews.QueueItem;
import org.newsline.review.ReviewViews.Reply;
import org.newsline.review.ReviewViews.ShownReview;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reviews, error reports and per-story review settings in PostgreSQL. */
@Repository
class ReviewRepository {

    private static final String ITEM_COLUMNS = """
            r.id, r.article_id, r.kind, r.status, r.author_name, r.email, r.body, r.created_at, r.moderated_at,
            rp.body AS reply_body, rp.signed_as AS reply_signed_as, rp.updated_at AS reply_updated_at,
            a.lang, a.slug, a.headline, a.publish_at,""" + ArticleRepository.VISIBLE + "AS visible";
    private static final String ITEM_TABLES =
            " FROM review r JOIN article a ON a.id = r.article_id LEFT JOIN review_reply rp ON rp.review_id = r.id";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ArticlePaths paths;

    ReviewRepository(JdbcClient jdbc, Clock clock, ArticlePaths paths) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.paths = paths;
    }

    /**
     * A story as the review feature needs it.
     *
     * @param id the story
     * @param language its language
     * @param headline its headline
     * @param path its public address, or empty when readers cannot see it
     * @param publishAt when it was published, or {@code null}
     * @param visible whether readers can see it now
     */
    record Story(long id, Language language, String headline, String path, Instant publishAt, boolean visible) {}

    /**
     * A story's own settings.
     *
     * @param moderation its moderation, or {@code null} for the site's default
     * @param state {@code auto}, {@code open} or {@code closed}
     */
    record StorySetting(ModerationMode moderation, String state) {

        static final StorySetting DEFAULT = new StorySetting(null, "auto");
    }

    /**
     * What a reader sent, ready to store.
     *
     * @param articleId the story
     * @param kind review or error report
     * @param status pending, or approved under post-moderation
     * @param name their name
     * @param email their address
     * @param body the text
     * @param addressHash keyed hash of their network address
     */
    record NewReview(
            long articleId,
            ReviewKind kind,
            ReviewStatus status,
            String name,
            String email,
            String body,
            String addressHash) {}

    Optional<Story> story(long articleId) {
        return jdbc.sql("SELECT a.id, a.lang, a.slug, a.headline, a.publish_at," + ArticleRepository.VISIBLE
                        + "AS visible FROM article a WHERE a.id = :id")
                .param("id", articleId)
                .param("now", utc(clock.instant()))
                .query((rs, row) -> {
                    Language language = Language.of(rs.getString("lang"));
                    Instant publishAt = instant(rs, "publish_at");
                    boolean visible = rs.getBoolean("visible");
                    return new Story(
                            rs.getLong("id"),
                            language,
                            rs.getString("headline"),
                            visible ? paths.article(language, publishAt, rs.getString("slug")) : "",
                            publishAt,
                            visible);
                })
                .optional();
    }

    long insert(NewReview review) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        INSERT INTO review (article_id, kind, status, author_name, email, body, address_hash, created_at)
                        VALUES (:article, :kind, :status, :name, :email, :body, :address, :now)
                        RETURNING id""")
                .param("article", review.articleId())
                .param("kind", review.kind().code())
                .param("status", review.status().code())
                .param("name", review.name())
                .param("email", review.email())
                .param("body", review.body())
                .param("address", review.addressHash())
                .param("now", utc(now))
                .query(Long.class)
                .single();
    }

    /** Whether the same sender already sent the same text about the same story since then. */
    boolean sentBefore(long articleId, String addressHash, String body, Instant since) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM review WHERE address_hash = :address AND created_at >= :since
                                       AND article_id = :article AND body = :body)""")
                .param("address", addressHash)
                .param("since", utc(since))
                .param("article", articleId)
                .param("body", body)
                .query(Boolean.class)
                .single();
    }

    /** The public reviews of a story, oldest first. */
    List<ShownReview> approved(long articleId, int limit) {
        return jdbc.sql("""
                        SELECT r.id, r.author_name, r.body, r.created_at,
                               rp.body AS reply_body, rp.signed_as AS reply_signed_as, rp.updated_at AS reply_updated_at
                        FROM review r LEFT JOIN review_reply rp ON rp.review_id = r.id
                        WHERE r.article_id = :article AND r.status = 'approved'
                        ORDER BY r.created_at, r.id LIMIT :limit""")
                .param("article", articleId)
                .param("limit", limit)
                .query((rs, row) -> new ShownReview(
                        rs.getLong("id"),
                        rs.getString("author_name"),
                        instant(rs, "created_at"),
                        ReviewText.toHtml(rs.getString("body")),
                        reply(rs)))
                .list();
    }

    /**
     * Which reviews or reports editors want to see.
     *
     * @param kind reviews or error reports
     * @param status only these, or {@code null} for any
     * @param unchecked only approved reviews no editor has looked at yet
     * @param articleId only this story's, or {@code null} for all
     * @param query only those whose text, name or e-mail address contains this (any case), or empty
     * @param before only those older than this position (keyset paging), or {@code null} from the newest
     */
    record Filter(
            ReviewKind kind, ReviewStatus status, boolean unchecked, Long articleId, String query, Cursor before) {

        Filter {
            query = query == null ? "" : ReviewText.normalizeLine(query);
        }
    }

    /** Reviews or reports for editors, newest first ({@code created_at}, then id). */
    List<QueueItem> list(Filter filter, int limit, int offset) {
        String where = "r.kind = :kind"
                + (filter.status() == null ? "" : " AND r.status = :status")
                + (filter.unchecked() ? " AND r.status = 'approved' AND r.moderated_at IS NULL" : "")
                + (filter.articleId() == null ? "" : " AND r.article_id = :article")
                + (filter.query().isEmpty()
                        ? ""
                        : " AND (r.body ILIKE :pattern ESCAPE '\\' OR r.author_name ILIKE :pattern ESCAPE '\\'"
                                + " OR r.email ILIKE :pattern ESCAPE '\\')")
                + (filter.before() == null ? "" : " AND (r.created_at, r.id) < (:beforeAt, :beforeId)");
        var spec = jdbc.sql("SELECT " + ITEM_COLUMNS + ITEM_TABLES + " WHERE " + where
                        + " ORDER BY r.created_at DESC, r.id DESC LIMIT :limit OFFSET :offset")
                .param("kind", filter.kind().code())
                .param("now", utc(clock.instant()))
                .param("limit", limit)
                .param("offset", offset);
        if (filter.status() != null) {
            spec = spec.param("status", filter.status().code());
        }
        if (filter.articleId() != null) {
            spec = spec.param("article", filter.articleId());
        }
        if (!filter.query().isEmpty()) {
            spec = spec.param("pattern", "%" + likeEscaped(filter.query()) + "%");
        }
        if (filter.before() != null) {
            spec = spec.param("beforeAt", utc(filter.before().publishAt()))
                    .param("beforeId", filter.before().id());
        }
        return spec.query(this::item).list();
    }

    /** The text with the wildcards of LIKE ({@code %}, {@code _}) and the escape character taken literally. */
    static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    Optional<QueueItem> find(long id) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + ITEM_TABLES + " WHERE r.id = :id")
                .param("id", id)
                .param("now", utc(clock.instant()))
                .query(this::item)
                .optional();
    }

    /** Locks the row until the transaction ends, so that two editors deciding at once decide one after another. */
    Optional<QueueItem> findForUpdate(long id) {
        jdbc.sql("SELECT id FROM review WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(Long.class)
                .optional();
        return find(id);
    }

    void decide(long id, ReviewStatus status, long accountId) {
        jdbc.sql("UPDATE review SET status = :status, moderated_at = :now, moderated_by = :by WHERE id = :id")
                .param("id", id)
                .param("status", status.code())
                .param("now", utc(clock.instant()))
                .param("by", accountId)
                .update();
    }

    /** The stories that show a review sent with this address. */
    List<Long> storiesShowingReviewsOf(String email) {
        return jdbc.sql("""
                        SELECT DISTINCT article_id FROM review WHERE email = :email AND status = 'approved'
                        ORDER BY article_id""").param("email", email).query(Long.class).list();
    }

    /** Deletes every review and report sent with this address; returns how many there were. */
    int eraseByEmail(String email) {
        return jdbc.sql("DELETE FROM review WHERE email = :email")
                .param("email", email)
                .update();
    }

    StorySetting setting(long articleId) {
        return jdbc.sql("SELECT moderation, state FROM review_story_setting WHERE article_id = :article")
                .param("article", articleId)
                .query((rs, row) -> new StorySetting(
                        rs.getString("moderation") == null ? null : ModerationMode.of(rs.getString("moderation")),
                        rs.getString("state")))
                .optional()
                .orElse(StorySetting.DEFAULT);
    }

    void saveSetting(long articleId, StorySetting setting, long accountId) {
        jdbc.sql("""
                        INSERT INTO review_story_setting (article_id, moderation, state, updated_at, updated_by)
                        VALUES (:article, :moderation, :state, :now, :by)
                        ON CONFLICT (article_id) DO UPDATE SET moderation = :moderation, state = :state,
                                                               updated_at = :now, updated_by = :by""")
                .param("article", articleId)
                .param(
                        "moderation",
                        setting.moderation() == null
                                ? null
                                : setting.moderation().code(),
                        java.sql.Types.VARCHAR)
                .param("state", setting.state())
                .param("now", utc(clock.instant()))
                .param("by", accountId)
                .update();
    }

    private QueueItem item(ResultSet rs, int row) throws SQLException {
        Language language = Language.of(rs.getString("lang"));
        ReviewStatus status = ReviewStatus.of(rs.getString("status"));
        Instant moderatedAt = instant(rs, "moderated_at");
        String body = rs.getString("body");
        return new QueueItem(
                rs.getLong("id"),
                ReviewKind.of(rs.getString("kind")),
                status,
                status == ReviewStatus.APPROVED && moderatedAt == null,
                rs.getLong("article_id"),
                rs.getString("headline"),
                rs.getBoolean("visible")
                        ? paths.article(language, instant(rs, "publish_at"), rs.getString("slug"))
                        : "",
                rs.getString("author_name"),
                rs.getString("email"),
                body,
                ReviewText.toHtml(body),
                instant(rs, "created_at"),
                moderatedAt,
                reply(rs));
    }

    private static Reply reply(ResultSet rs) throws SQLException {
        String body = rs.getString("reply_body");
        return body == null
                ? null
                : new Reply(
                        body,
                        ReviewText.toHtml(body),
                        rs.getString("reply_signed_as"),
                        instant(rs, "reply_updated_at"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
