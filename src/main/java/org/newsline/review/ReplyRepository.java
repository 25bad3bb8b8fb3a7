package org.newsline.review;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The newsroom's replies to reader reviews ({@code review_reply}), one per review at most. */
@Repository
class ReplyRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReplyRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Writes the reply to a review, replacing the one it had.
     *
     * @param signedAs the editor's display name, or {@code null} to sign it as the editors
     */
    void save(long reviewId, String body, String signedAs, long accountId) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.sql("""
                        INSERT INTO review_reply (review_id, body, signed_as, written_by, created_at, updated_at)
                        VALUES (:review, :body, :signedAs, :by, :now, :now)
                        ON CONFLICT (review_id) DO UPDATE SET body = :body, signed_as = :signedAs, written_by = :by,
                                                              updated_at = :now""")
                .param("review", reviewId)
                .param("body", body)
                .param("signedAs", signedAs, java.sql.Types.VARCHAR)
                .param("by", accountId)
                .param("now", now)
                .update();
    }

    /** Deletes the reply to a review; returns whether there was one. */
    boolean delete(long reviewId) {
        return jdbc.sql("DELETE FROM review_reply WHERE review_id = :review")
                        .param("review", reviewId)
                        .update()
                > 0;
    }
}
