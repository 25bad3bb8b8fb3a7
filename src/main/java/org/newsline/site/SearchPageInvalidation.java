package org.newsline.site;

import java.util.List;
import org.newsline.search.SearchIndexChanged;
import org.newsline.web.CacheTags;
import org.newsline.web.PageCache;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Drops the kept search pages once the index has a change, not when the change log has it: a page rendered
 * between the two would keep the old answer. Their last good copies go too, so a story taken down never comes
 * back in a stale search page while the database is unavailable.
 */
@Component
class SearchPageInvalidation {

    private final PageCache cache;

    SearchPageInvalidation(PageCache cache) {
        this.cache = cache;
    }

    @EventListener
    void on(SearchIndexChanged changed) {
        cache.forget(List.of(CacheTags.SEARCH));
    }
}
