package org.newsline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsline.article.ArticleBuilder.story;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ChangeLogFollowerIntegrationTests {

    @Autowired
    ArticleWriter writer;

    @Autowired
    RecordingChangeListener recorder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    private List<Change> changesOf(long articleId) {
        return recorder.received().stream()
                .filter(change -> change.articleId() == articleId)
                .toList();
    }

    private void awaitChanges(long articleId, int count, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (changesOf(articleId).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void listenerHearsOfAPublishWithinASecond() throws InterruptedException {
        long id = story(writer).publishedAt(clock.instant());

        awaitChanges(id, 1, Duration.ofSeconds(1));

        assertThat(changesOf(id)).extracting(Change::kind).containsExactly("published");
    }

    @Test
    void changesArriveOnceEachInLogOrderEvenWhenWrittenConcurrently() throws Exception {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(story(writer).draft());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (long id : ids) {
            pool.submit(() -> {
                writer.publish(id, clock.instant());
                writer.correct(id, "A fix.");
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        for (long id : ids) {
            awaitChanges(id, 2, Duration.ofSeconds(5));
        }

        List<Long> received = recorder.received().stream().map(Change::id).toList();
        assertThat(received).doesNotHaveDuplicates().isSorted();
        for (long id : ids) {
            assertThat(changesOf(id)).extracting(Change::kind).containsExactly("published", "corrected");
        }
        long stored = jdbc.sql("SELECT last_id FROM change_log_position WHERE follower = 'test-recorder'")
                .query(Long.class)
                .single();
        assertThat(stored).isGreaterThanOrEqualTo(received.get(received.size() - 1) - 0);
    }
}
