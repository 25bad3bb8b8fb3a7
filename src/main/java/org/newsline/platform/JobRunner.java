package org.newsline.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs due jobs. Each job is claimed with {@code FOR UPDATE SKIP LOCKED} and run in the claiming
 * transaction: another node skips it while it runs, and it is marked done in the same commit as its
 * effects. A failed job is retried with exponential backoff (up to an hour) and its error kept.
 */
@Component
class JobRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Map<String, JobHandler> handlers = new HashMap<>();
    private volatile boolean running;
    private Thread thread;

    JobRunner(JdbcClient jdbc, TransactionTemplate transaction, Clock clock, ObjectProvider<JobHandler> handlers) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        handlers.orderedStream().forEach(handler -> this.handlers.put(handler.kind(), handler));
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::loop, "job-runner");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                while (running && runOne()) {
                    // keep going while jobs are due
                }
            } catch (RuntimeException e) {
                log.warn("Job runner could not claim jobs: {}", e.getMessage());
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Claims and runs one due job; false when none is due. */
    boolean runOne() {
        Boolean ran = transaction.execute(status -> {
            List<Claimed> due = jdbc.sql("""
                            SELECT id, kind, key, attempts FROM job
                            WHERE done_at IS NULL AND run_at <= :now AND kind IN (:kinds)
                            ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                    .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                    .param("kinds", handlers.isEmpty() ? List.of("-") : List.copyOf(handlers.keySet()))
                    .query((rs, row) -> new Claimed(
                            rs.getLong("id"), rs.getString("kind"), rs.getString("key"), rs.getInt("attempts")))
                    .list();
            if (due.isEmpty()) {
                return false;
            }
            Claimed job = due.get(0);
            Object savepoint = status.createSavepoint();
            try {
                handlers.get(job.kind()).run(job.key());
                status.releaseSavepoint(savepoint);
                jdbc.sql("UPDATE job SET done_at = :now, attempts = attempts + 1 WHERE id = :id")
                        .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                        .param("id", job.id())
                        .update();
            } catch (RuntimeException e) {
                status.rollbackToSavepoint(savepoint);
                Duration backoff = Duration.ofSeconds(Math.min(3600, 5L << Math.min(job.attempts(), 10)));
                log.warn(
                        "Job {} {} failed (attempt {}), retrying in {}: {}",
                        job.kind(),
                        job.key(),
                        job.attempts() + 1,
                        backoff,
                        e.toString());
                jdbc.sql("UPDATE job SET attempts = attempts + 1, last_error = :error, run_at = :retry WHERE id = :id")
                        .param("error", String.valueOf(e.getMessage()))
                        .param("retry", clock.instant().plus(backoff).atOffset(ZoneOffset.UTC))
                        .param("id", job.id())
                        .update();
            }
            return true;
        });
        return Boolean.TRUE.equals(ran);
    }

    private record Claimed(long id, String kind, String key, int attempts) {}
}
