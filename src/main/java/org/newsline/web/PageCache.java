package org.newsline.web;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Rendered public pages kept in memory, each labelled with tags naming what it shows (such as
 * {@code article:42} or {@code list:en}). A change to a story invalidates exactly the pages whose tags it
 * touches; everything else keeps being served from memory. Concurrent requests for a page being rendered
 * wait for that one render instead of rendering it again.
 */
@Component
public class PageCache {

    static final String TAGS = PageCache.class.getName() + ".tags";

    /** How long a page may be served stale while it cannot be rendered (stale-if-error). */
    static final Duration STALE_FOR = Duration.ofDays(1);

    private final PageCacheProperties properties;
    private final AsyncCache<String, CachedPage> pages;
    /** The last good copy of each page, kept after it expires or is invalidated: served while rendering fails. */
    private final Cache<String, CachedPage> lastGood;

    private final ConcurrentHashMap<String, Set<String>> keysByTag = new ConcurrentHashMap<>();
    private final AtomicLong renders = new AtomicLong();

    PageCache(PageCacheProperties properties) {
        this.properties = properties;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(properties.maxBytes().toBytes())
                .weigher((String key, CachedPage page) -> page.weight())
                .expireAfterWrite(properties.maxAge())
                .buildAsync();
        this.lastGood = Caffeine.newBuilder()
                .maximumWeight(properties.maxBytes().toBytes())
                .weigher((String key, CachedPage page) -> page.weight())
                .expireAfterWrite(STALE_FOR)
                .build();
    }

    /**
     * Marks the page being rendered for this request as cacheable, shown under these tags. Only pages a
     * controller marks are kept.
     */
    public static void tag(HttpServletRequest request, Collection<String> tags) {
        @SuppressWarnings("unchecked")
        Set<String> existing = (Set<String>) request.getAttribute(TAGS);
        Set<String> all = existing == null ? new LinkedHashSet<>() : existing;
        all.addAll(tags);
        request.setAttribute(TAGS, all);
    }

    /** Drops every page carrying any of these tags. */
    public void invalidate(Collection<String> tags) {
        for (String tag : tags) {
            Set<String> keys = keysByTag.remove(tag);
            if (keys != null) {
                keys.forEach(key -> pages.synchronous().invalidate(key));
            }
        }
    }

    /**
     * Drops every page carrying any of these tags, including the last good copies: for a story taken down,
     * which must not come back even while the database is unavailable.
     */
    public void forget(Collection<String> tags) {
        invalidate(tags);
        lastGood.asMap().values().removeIf(page -> page.tags().stream().anyMatch(tags::contains));
    }

    /** Drops every page. */
    public void clear() {
        lastGood.invalidateAll();
        pages.synchronous().invalidateAll();
        keysByTag.clear();
    }

    /** How many pages were rendered rather than served from memory since start (for tests and benchmarks). */
    public long renders() {
        return renders.get();
    }

    boolean enabled() {
        return properties.enabled();
    }

    PageCacheProperties properties() {
        return properties;
    }

    /** The kept page for a key if one is ready now; never waits and never starts a render. */
    CachedPage ready(String key) {
        CompletableFuture<CachedPage> future = pages.getIfPresent(key);
        if (future == null || !future.isDone() || future.isCompletedExceptionally()) {
            return null;
        }
        CachedPage page = future.getNow(null);
        return page != null && page.keepable() ? page : null;
    }

    /**
     * The cached page for a key, or the pending render: the first caller gets {@code owner = true} and
     * must complete the future; the others wait on it.
     */
    Lookup lookup(String key) {
        CompletableFuture<CachedPage> mine = new CompletableFuture<>();
        CompletableFuture<CachedPage> existing = pages.asMap().putIfAbsent(key, mine);
        if (existing == null) {
            renders.incrementAndGet();
            return new Lookup(mine, true);
        }
        return new Lookup(existing, false);
    }

    /** Keeps a finished render under its tags, or forgets it if it should not be kept. */
    void finish(String key, Lookup lookup, CachedPage page) {
        lookup.future().complete(page);
        if (!page.keepable()) {
            pages.asMap().remove(key, lookup.future());
            return;
        }
        lastGood.put(key, page);
        for (String tag : page.tags()) {
            keysByTag.computeIfAbsent(tag, t -> ConcurrentHashMap.newKeySet()).add(key);
        }
    }

    /** The last good copy of a page, if one was rendered within {@link #STALE_FOR}. */
    CachedPage lastGood(String key) {
        return lastGood.getIfPresent(key);
    }

    void fail(String key, Lookup lookup, Throwable failure) {
        pages.asMap().remove(key, lookup.future());
        lookup.future().completeExceptionally(failure);
    }

    /**
     * A page lookup.
     *
     * @param future the page, now or when its render finishes
     * @param owner whether this caller renders it
     */
    record Lookup(CompletableFuture<CachedPage> future, boolean owner) {}
}
