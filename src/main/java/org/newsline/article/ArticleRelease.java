package org.newsline.article;

import java.time.Clock;
import java.time.Instant;
import org.newsline.platform.JobHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Announces a scheduled or embargoed story when readers can first see it: the same {@code published}
 * change a manual publish writes. Runs once per story across all nodes (see {@code JobRunner}).
 */
@Component
class ArticleRelease implements JobHandler {

    private final JdbcClient jdbc;
    private final ChangeLogRepository changeLog;
    private final Clock clock;

    ArticleRelease(JdbcClient jdbc, ChangeLogRepository changeLog, Clock clock) {
        this.jdbc = jdbc;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return ArticleWriter.RELEASE_JOB;
    }

    @Override
    public void run(String key) {
        long id = Long.parseLong(key);
        Instant now = clock.instant();
        // Locks the story so a concurrent edit cannot change its state between this check and the log row.
        jdbc.sql("SELECT a.version FROM article a WHERE a.id = :id AND " + ArticleRepository.VISIBLE
                        + " FOR UPDATE OF a")
                .param("id", id)
                .param("now", ArticleRepository.utc(now))
                .query(Integer.class)
                .optional()
                .ifPresent(version -> changeLog.append(id, "published", version, now));
    }
}
