package org.newsline.article;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the change log and the followers' stored positions. */
@Repository
public class ChangeLogRepository {

    private final JdbcClient jdbc;

    ChangeLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Appends a change; call it inside the transaction that made the change. It serialises change-log
     * writers until commit, so ids become visible in order and a follower that has read up to id N can
     * never later find a smaller id committing behind it.
     */
    void append(long articleId, String kind, int version, java.time.Instant at) {
        jdbc.sql("SELECT pg_advisory_xact_lock(7010)").query((rs, row) -> 1).list();
        jdbc.sql("""
                        INSERT INTO change_log (article_id, kind, version, occurred_at)
                        VALUES (:id, :kind, :version, :at)""")
                .param("id", articleId)
                .param("kind", kind)
                .param("version", version)
                .param("at", ArticleRepository.utc(at))
                .update();
    }

    /** Changes after {@code afterId}, oldest first. */
    public List<Change> after(long afterId, int limit) {
        return jdbc.sql("""
                        SELECT id, article_id, kind, version, occurred_at FROM change_log
                        WHERE id > :after ORDER BY id LIMIT :limit""")
                .param("after", afterId)
                .param("limit", limit)
                .query((rs, row) -> new Change(
                        rs.getLong("id"),
                        rs.getLong("article_id"),
                        rs.getString("kind"),
                        rs.getInt("version"),
                        ArticleRepository.instant(rs, "occurred_at")))
                .list();
    }

    /** The newest change, if any. */
    public Optional<Change> latest() {
        return jdbc.sql("SELECT id, article_id, kind, version, occurred_at FROM change_log ORDER BY id DESC LIMIT 1")
                .query((rs, row) -> new Change(
                        rs.getLong("id"),
                        rs.getLong("article_id"),
                        rs.getString("kind"),
                        rs.getInt("version"),
                        ArticleRepository.instant(rs, "occurred_at")))
                .optional();
    }

    /** The id of the newest change, or 0 for an empty log. */
    public long latestId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM change_log")
                .query(Long.class)
                .single();
    }

    Optional<Long> position(String follower) {
        return jdbc.sql("SELECT last_id FROM change_log_position WHERE follower = :follower")
                .param("follower", follower)
                .query(Long.class)
                .optional();
    }

    void storePosition(String follower, long lastId) {
        jdbc.sql("""
                        INSERT INTO change_log_position (follower, last_id) VALUES (:follower, :lastId)
                        ON CONFLICT (follower) DO UPDATE SET last_id = greatest(change_log_position.last_id, :lastId)""").param("follower", follower).param("lastId", lastId).update();
    }
}
