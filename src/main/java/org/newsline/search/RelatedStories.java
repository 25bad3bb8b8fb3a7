package org.newsline.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.newsline.article.Article;
import org.newsline.article.ArticleSummary;

/**
 * Which stories are related to which, remembered for a few minutes per story version. Finding them is the
 * costliest part of an article page (a query of some thirty words against every story in its language), and
 * the answer hardly moves from one minute to the next: a story published since appears among the related of
 * older ones at most {@link #KEPT} later. Only ids and scores are kept, so each page still reads the stories
 * themselves and leaves out any no longer visible.
 */
final class RelatedStories {

    /** How long an answer is kept. */
    static final Duration KEPT = Duration.ofMinutes(5);

    /** Candidates fetched per place shown, so that stories of equal score can be ordered newest first. */
    static final int CANDIDATES_PER_PLACE = 3;

    private final Cache<Key, List<Scored>> found =
            Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(KEPT).build();

    List<Scored> get(Article article, int limit, Supplier<List<Scored>> find) {
        return found.get(new Key(article.id(), article.version(), limit), k -> List.copyOf(find.get()));
    }

    /** The stories found that are still visible, best score first and the more recent first among equals. */
    static List<ArticleSummary> rank(List<Scored> found, Map<Long, ArticleSummary> visible, int limit) {
        Map<Long, Float> scores = new java.util.HashMap<>();
        found.forEach(s -> scores.put(s.id(), s.score()));
        return found.stream()
                .map(s -> visible.get(s.id()))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing((ArticleSummary s) -> scores.get(s.id()))
                        .reversed()
                        .thenComparing(ArticleSummary::publishAt, Comparator.reverseOrder()))
                .limit(limit)
                .toList();
    }

    /** A story found related, with its score. */
    record Scored(long id, float score) {}

    private record Key(long article, int version, int limit) {}
}
