package org.newsline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsline.article.ArticleBuilder.story;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.MutableClock;
import org.newsline.platform.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ArticleWriterIntegrationTests {

    @Autowired
    ArticleWriter writer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    RevisionRepository revisions;

    @Autowired
    org.newsline.platform.Jobs jobs;

    private List<String> changes(long id) {
        return jdbc.sql("SELECT kind || ':' || version FROM change_log WHERE article_id = :id ORDER BY id")
                .param("id", id)
                .query(String.class)
                .list();
    }

    @Test
    void everyVisibleChangeIsLoggedWithItsVersion() {
        long id = story(writer).draft();
        writer.update(id, story(writer).toDraft(), 1);
        assertThat(changes(id)).as("draft edits are not visible").isEmpty();

        writer.publish(id, clock.instant());
        writer.update(id, story(writer).toDraft(), 3);
        writer.correct(id, "Fixed a date.");
        writer.unpublish(id, "Legal advice.");

        assertThat(changes(id)).containsExactly("published:3", "updated:4", "corrected:5", "unpublished:6");
    }

    @Test
    void failedChangeLeavesNeitherTheChangeNorItsLogRow() {
        long id = story(writer).publishedAt(clock.instant());
        int before = changes(id).size();

        assertThatThrownBy(() -> writer.update(
                        id, story(writer).category("no-such-category").toDraft(), ArticleBuilder.versionOf(jdbc, id)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-category");

        assertThat(changes(id)).hasSize(before);
    }

    @Test
    void saveBasedOnAnOldVersionIsRefusedAndChangesNothing() {
        long id = story(writer).headline("Original headline").draft();
        writer.update(id, story(writer).headline("First editor's headline").toDraft(), 1);

        assertThatThrownBy(() -> writer.update(
                        id, story(writer).headline("Second editor's headline").toDraft(), 1))
                .isInstanceOf(VersionConflictException.class)
                .hasMessageContaining("version 1")
                .hasMessageContaining("version 2");

        assertThat(jdbc.sql("SELECT headline FROM article WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("First editor's headline");
    }

    @Test
    void everyVersionIsKeptAndAnOldOneCanBeRestored() {
        long id = story(writer).headline("Version one").draft();
        writer.update(id, story(writer).headline("Version two").toDraft(), 1);

        writer.restore(id, 1, 2);

        assertThat(revisions.list(id))
                .extracting(r -> r.content().headline())
                .containsExactly("Version one", "Version two", "Version one");
    }

    @Test
    void storyScheduledForLaterIsAnnouncedOnceWhenItsTimeComes() {
        long id = story(writer).draft();
        writer.publish(id, clock.instant().plusSeconds(5), null);
        assertThat(changes(id)).isEmpty();
        assertThat(jobs.pending("article-release")).isPositive();

        clock.advance(java.time.Duration.ofSeconds(6));
        try {
            long deadline = System.currentTimeMillis() + 5_000;
            while (changes(id).isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(changes(id)).containsExactly("published:2");
        } finally {
            clock.advance(java.time.Duration.ofSeconds(-6));
        }
    }

    @Test
    void slugsAreDerivedFromHeadlinesInEveryScriptAndKeptUnique() {
        long first =
                story(writer).in(Language.AZ).headline("Bakıda görüş keçirildi").draft();
        long second =
                story(writer).in(Language.AZ).headline("Bakıda görüş keçirildi").draft();
        long russian = story(writer)
                .in(Language.RU)
                .headline("Министр заявил о переговорах")
                .draft();

        assertThat(slug(first)).startsWith("bakida-gorus-keciril");
        assertThat(slug(second)).isNotEqualTo(slug(first)).startsWith(slug(first));
        assertThat(slug(russian)).matches("[a-z0-9-]+").startsWith("ministr-");
    }

    @Test
    void correctingADraftIsRefused() {
        long id = story(writer).draft();

        assertThatThrownBy(() -> writer.correct(id, "note")).isInstanceOf(IllegalStateException.class);
    }

    private String slug(long id) {
        return jdbc.sql("SELECT slug FROM article WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
