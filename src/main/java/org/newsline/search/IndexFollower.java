package org.newsline.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsline.article.Change;
import org.newsline.article.ChangeListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index current by following the change log. Each batch re-reads the stories it names and
 * indexes those still published (removing the others), so a repeated or out-of-date change does no harm.
 *
 * <p>The follower name includes the index's own id ({@code search-index:<uuid>}), and a name seen for the
 * first time starts after the position committed inside the index. The index's commit data is therefore the
 * authority on how far it is: the shared position table only remembers, for this one index, what it has
 * already committed. While the index is rebuilt the name is {@code search-index:rebuilding} and changes are
 * skipped; the rebuilt index replays them under its new name.
 */
@Component
class IndexFollower implements ChangeListener {

    private final SearchIndex index;

    IndexFollower(SearchIndex index) {
        this.index = index;
    }

    @Override
    public String followerName() {
        return index.current().map(open -> "search-index:" + open.indexId()).orElse("search-index:rebuilding");
    }

    @Override
    public long startAfter() {
        return index.current().map(SearchIndex.OpenIndex::position).orElse(Long.MAX_VALUE);
    }

    @Override
    public void onChanges(List<Change> changes) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Change change : changes) {
            ids.add(change.articleId());
        }
        index.apply(ids, changes.get(changes.size() - 1).id());
    }
}
