package org.newsline.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;

/**
 * Search answers of the last seconds, per search and index state, so that readers all looking up the same
 * story share one run. The index state is part of the key: once the index has a publish, a correction or a
 * withdrawal, the next search runs afresh. What moves with the clock alone (a scheduled story whose time
 * came without the index hearing of it yet, the "today" counts) may lag a few seconds: an answer up to
 * {@link #STALE_SECONDS} old is still given while one request brings it up to date; an older one never is.
 */
final class RecentResults {

    static final long STALE_SECONDS = 5;

    private final Clock clock;
    private final Cache<Key, SearchResults> answers = Caffeine.newBuilder()
            .maximumSize(2_000)
            .expireAfterWrite(Duration.ofSeconds(STALE_SECONDS + 1))
            .build();
    private final Set<Key> refreshing = ConcurrentHashMap.newKeySet();

    RecentResults(Clock clock) {
        this.clock = clock;
    }

    SearchResults get(SearchRequest request, IndexReader reader, Supplier<SearchResults> run) {
        IndexReader.CacheHelper state = reader.getReaderCacheHelper();
        if (state == null) {
            return run.get();
        }
        long second = Math.floorDiv(clock.millis(), 1000);
        Key key = new Key(request, state.getKey(), second);
        SearchResults now = answers.getIfPresent(key);
        if (now != null) {
            return now;
        }
        for (long age = 1; age <= STALE_SECONDS; age++) {
            SearchResults earlier = answers.getIfPresent(new Key(request, state.getKey(), second - age));
            if (earlier != null) {
                Key refresh = new Key(request, state.getKey(), 0);
                if (!refreshing.add(refresh)) {
                    return earlier; // another request is bringing it up to date
                }
                try {
                    return answers.get(key, k -> run.get());
                } finally {
                    refreshing.remove(refresh);
                }
            }
        }
        // Nothing usable: one run for everyone asking in this second.
        return answers.get(key, k -> run.get());
    }

    /** A search on one index state in one second (0 stands for "any second" in the set of refreshes). */
    private record Key(SearchRequest request, IndexReader.CacheKey index, long second) {}
}
