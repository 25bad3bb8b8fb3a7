package org.newsline.wire;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which changes of the change log a subscriber is entitled to. One rule serves pull, push and single-item
 * reads: a change counts when one of the subscriber's products covers the story's language, category and
 * urgency as of that version, and an {@code embargoed} change counts only for subscribers allowed early
 * delivery.
 */
@Repository
class WireChanges {

    /**
     * Entitlement of subscriber {@code s} to change {@code l} of story {@code a} at revision {@code r}. Only
     * changes to the story itself go out; reader reviews shown with it are no news for subscribers.
     */
    static final String ENTITLED = """
            \s l.kind IN ('published', 'updated', 'corrected', 'unpublished', 'embargoed') AND (EXISTS (SELECT 1 FROM wire_product p WHERE p.subscriber_id = s.id
                        AND (cardinality(p.languages) = 0 OR a.lang = ANY (p.languages))
                        AND (cardinality(p.categories) = 0 OR r.category_slug = ANY (p.categories))
                        AND (CASE r.urgency WHEN 'flash' THEN 1 WHEN 'urgent' THEN 2 ELSE 3 END) <= p.max_urgency_rank)
              AND (l.kind <> 'embargoed' OR s.early_embargo)) """;

    private static final String FROM = """
            SELECT l.id, l.article_id, l.kind, l.version
            FROM change_log l
            JOIN article a ON a.id = l.article_id
            JOIN article_revision r ON r.article_id = l.article_id AND r.version = l.version
            JOIN wire_subscriber s ON s.id = :subscriber
            WHERE """;

    private final JdbcClient jdbc;

    WireChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest change-log id; read it in the same snapshot as {@link #entitled}. */
    long highWater() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM change_log")
                .query(Long.class)
                .single();
    }

    /** The subscriber's changes after {@code since} up to {@code upTo}, oldest first. */
    List<ChangeRef> entitled(long subscriber, long since, long upTo, int limit) {
        return jdbc.sql(FROM + " l.id > :since AND l.id <= :upTo AND " + ENTITLED + " ORDER BY l.id LIMIT :limit")
                .param("subscriber", subscriber)
                .param("since", since)
                .param("upTo", upTo)
                .param("limit", limit)
                .query(WireChanges::ref)
                .list();
    }

    /** The subscriber's newest change of a story, optionally of one version. */
    Optional<ChangeRef> latest(long subscriber, long articleId, Integer version) {
        return jdbc.sql(FROM + " l.article_id = :article AND (:version = 0 OR l.version = :version) AND " + ENTITLED
                        + " ORDER BY l.id DESC LIMIT 1")
                .param("subscriber", subscriber)
                .param("article", articleId)
                .param("version", version == null ? 0 : version)
                .query(WireChanges::ref)
                .optional();
    }

    /** Whether the story ever went out to anyone not allowed early delivery (else it is unknown: 404). */
    boolean released(long articleId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM change_log WHERE article_id = :id AND kind <> 'embargoed')")
                .param("id", articleId)
                .query(Boolean.class)
                .single();
    }

    /** Active push subscribers entitled to a change who subscribed before it happened. */
    List<Long> pushRecipients(long changeId) {
        return jdbc.sql("""
                        SELECT s.id FROM change_log l
                        JOIN article a ON a.id = l.article_id
                        JOIN article_revision r ON r.article_id = l.article_id AND r.version = l.version
                        JOIN wire_subscriber s ON s.status = 'active' AND s.webhook_url IS NOT NULL
                                               AND s.push_after_change < l.id
                        WHERE l.id = :change AND """ + ENTITLED + " ORDER BY s.id")
                .param("change", changeId)
                .query(Long.class)
                .list();
    }

    private static ChangeRef ref(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ChangeRef(rs.getLong("id"), rs.getLong("article_id"), rs.getString("kind"), rs.getInt("version"));
    }
}
