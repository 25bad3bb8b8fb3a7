package org.newsline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsline.article.ArticleSummary;
import org.newsline.article.Urgency;
import org.newsline.platform.Language;

class RelatedStoriesTests {

    @Test
    void bestScoreComesFirstAndTheMoreRecentAmongEquals() {
        List<RelatedStories.Scored> found = List.of(
                new RelatedStories.Scored(1, 2f), new RelatedStories.Scored(2, 5f), new RelatedStories.Scored(3, 2f));
        Map<Long, ArticleSummary> visible = Map.of(1L, story(1, 100), 2L, story(2, 50), 3L, story(3, 200));

        assertThat(RelatedStories.rank(found, visible, 3))
                .extracting(ArticleSummary::id)
                .containsExactly(2L, 3L, 1L);
    }

    @Test
    void storiesNoLongerVisibleAreLeftOutAndTheLimitHolds() {
        List<RelatedStories.Scored> found = List.of(
                new RelatedStories.Scored(1, 9f), new RelatedStories.Scored(2, 8f), new RelatedStories.Scored(3, 7f));
        Map<Long, ArticleSummary> visible = Map.of(2L, story(2, 1), 3L, story(3, 1));

        assertThat(RelatedStories.rank(found, visible, 1))
                .extracting(ArticleSummary::id)
                .containsExactly(2L);
    }

    private static ArticleSummary story(long id, long publishedSecond) {
        return new ArticleSummary(
                id,
                Language.EN,
                "/en/story-" + id,
                "Story " + id,
                "",
                null,
                Urgency.NORMAL,
                Instant.ofEpochSecond(publishedSecond),
                null,
                null);
    }
}
