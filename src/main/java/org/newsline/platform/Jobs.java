package org.newsline.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Schedules background jobs: rows in {@code job}, run by {@link JobRunner} on whichever node claims them. */
@Repository
public class Jobs {

    private final JdbcClient jdbc;
    private final Clock clock;

    Jobs(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Schedules a job, or moves the pending job of the same kind and key to the new time. Call it inside
     * the transaction that makes the job necessary, so both commit or neither does.
     */
    public void schedule(String kind, String key, Instant runAt) {
        jdbc.sql("""
                        INSERT INTO job (kind, key, run_at, created_at) VALUES (:kind, :key, :runAt, :now)
                        ON CONFLICT (kind, key) WHERE done_at IS NULL
                        DO UPDATE SET run_at = :runAt, attempts = 0, last_error = NULL""")
                .param("kind", kind)
                .param("key", key)
                .param("runAt", runAt.atOffset(ZoneOffset.UTC))
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Drops the pending job of this kind and key, if any. */
    public void cancel(String kind, String key) {
        jdbc.sql("DELETE FROM job WHERE kind = :kind AND key = :key AND done_at IS NULL")
                .param("kind", kind)
                .param("key", key)
                .update();
    }

    /** How many jobs of a kind wait to run (for tests and the dashboard). */
    public long pending(String kind) {
        return jdbc.sql("SELECT count(*) FROM job WHERE kind = :kind AND done_at IS NULL")
                .param("kind", kind)
                .query(Long.class)
                .single();
    }
}
