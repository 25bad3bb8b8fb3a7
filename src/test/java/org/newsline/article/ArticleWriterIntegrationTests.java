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

    private List<String> changes(long id) {
        return jdbc.sql("SELECT kind || ':' || version FROM change_log WHERE article_id = :id ORDER BY id")
                .param("id", id)
                .query(String.class)
                .list();
    }

    @Test
    void everyVisibleChangeIsLoggedWithItsVersion() {
        long id = story(writer).draft();
        writer.update(id, story(writer).toDraft());
        assertThat(changes(id)).as("draft edits are not visible").isEmpty();

        writer.publish(id, clock.instant());
        writer.update(id, story(writer).toDraft());
        writer.correct(id, "Fixed a date.");
        writer.unpublish(id);

        assertThat(changes(id)).containsExactly("published:3", "updated:4", "corrected:5", "unpublished:6");
    }

    @Test
    void failedChangeLeavesNeitherTheChangeNorItsLogRow() {
        long id = story(writer).publishedAt(clock.instant());
        int before = changes(id).size();

        assertThatThrownBy(() -> writer.update(
                        id, story(writer).category("no-such-category").toDraft()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-category");

        assertThat(changes(id)).hasSize(before);
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
