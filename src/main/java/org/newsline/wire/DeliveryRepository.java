package org.newsline.wire;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The delivery log, which is also the push queue: pending rows are claimed with {@code FOR UPDATE SKIP
 * LOCKED}, so with several nodes each push is sent by one of them, and a push whose node dies before it
 * commits is simply claimed again.
 */
@Repository
class DeliveryRepository {

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a change for a subscriber once; a change delivered to the follower twice is not queued twice. */
    void enqueue(long subscriberId, ChangeRef change, Instant now) {
        jdbc.sql("""
                        INSERT INTO wire_delivery (delivery_key, subscriber_id, change_id, article_id, version, kind,
                                                   next_attempt_at, created_at)
                        VALUES (:key, :subscriber, :change, :article, :version, :kind, :now, :now)
                        ON CONFLICT (subscriber_id, change_id) DO NOTHING""")
                .param("key", UUID.randomUUID())
                .param("subscriber", subscriberId)
                .param("change", change.id())
                .param("article", change.articleId())
                .param("version", change.version())
                .param("kind", change.kind())
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update();
    }

    /**
     * Locks one due push until the transaction ends. A push waits while an earlier change of the same story
     * to the same subscriber is still pending, so every subscriber sees a story's versions in order.
     */
    Optional<Delivery> claim(Instant now) {
        return jdbc.sql("""
                        SELECT * FROM wire_delivery d
                        WHERE d.status = 'pending' AND d.next_attempt_at <= :now
                          AND NOT EXISTS (SELECT 1 FROM wire_delivery e
                                          WHERE e.subscriber_id = d.subscriber_id AND e.article_id = d.article_id
                                            AND e.status = 'pending' AND e.change_id < d.change_id)
                        ORDER BY d.next_attempt_at, d.id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .param("now", now.atOffset(ZoneOffset.UTC))
                .query(DeliveryRepository::delivery)
                .optional();
    }

    void delivered(long id, int status, Instant now) {
        jdbc.sql("""
                        UPDATE wire_delivery SET status = 'delivered', attempts = attempts + 1, last_status = :status,
                               last_error = NULL, delivered_at = :now WHERE id = :id""")
                .param("id", id)
                .param("status", status)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Records a failed attempt; {@code retryAt} {@code null} gives up and marks the push failed. */
    void attemptFailed(long id, Integer status, String error, Instant retryAt) {
        jdbc.sql("""
                        UPDATE wire_delivery SET attempts = attempts + 1, last_status = :status, last_error = :error,
                               status = CASE WHEN :giveUp THEN 'failed' ELSE 'pending' END,
                               next_attempt_at = coalesce(:retryAt, next_attempt_at)
                        WHERE id = :id""")
                .param("id", id)
                .param("status", status, java.sql.Types.INTEGER)
                .param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                .param("giveUp", retryAt == null)
                .param(
                        "retryAt",
                        retryAt == null ? null : retryAt.atOffset(ZoneOffset.UTC),
                        java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .update();
    }

    /** Puts a failed push back in the queue with a fresh retry budget. */
    boolean replay(long subscriberId, long id, Instant now) {
        return jdbc.sql("""
                        UPDATE wire_delivery SET status = 'pending', attempts = 0, next_attempt_at = :now, created_at = :now
                        WHERE id = :id AND subscriber_id = :subscriber AND status = 'failed'""")
                        .param("id", id)
                        .param("subscriber", subscriberId)
                        .param("now", now.atOffset(ZoneOffset.UTC))
                        .update()
                > 0;
    }

    List<Delivery> latest(long subscriberId, int limit) {
        return jdbc.sql("SELECT * FROM wire_delivery WHERE subscriber_id = :subscriber ORDER BY id DESC LIMIT :limit")
                .param("subscriber", subscriberId)
                .param("limit", limit)
                .query(DeliveryRepository::delivery)
                .list();
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(
                rs.getLong("id"),
                rs.getObject("delivery_key", UUID.class),
                rs.getLong("subscriber_id"),
                rs.getLong("change_id"),
                rs.getLong("article_id"),
                rs.getInt("version"),
                rs.getString("kind"),
                rs.getString("status"),
                rs.getInt("attempts"),
                (Integer) rs.getObject("last_status"),
                rs.getString("last_error"),
                ItemReader.instant(rs, "next_attempt_at"),
                ItemReader.instant(rs, "created_at"),
                ItemReader.instant(rs, "delivered_at"));
    }
}
