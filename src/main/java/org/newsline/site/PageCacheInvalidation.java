package org.newsline.site;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsline.article.Change;
import org.newsline.article.ChangeListener;
import org.newsline.article.StoryQueries;
import org.newsline.platform.NodeName;
import org.newsline.web.PageCache;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's page cache true to the change log: a correction refreshes the pages that show the
 * story; a publish or unpublish also refreshes the lists of its language, where it appears or disappears.
 */
@Component
class PageCacheInvalidation implements ChangeListener {

    private final PageCache cache;
    private final StoryQueries stories;
    private final String followerName;

    PageCacheInvalidation(PageCache cache, StoryQueries stories, NodeName node) {
        this.cache = cache;
        this.stories = stories;
        this.followerName = "page-cache@" + node.name();
    }

    @Override
    public String followerName() {
        return followerName;
    }

    /** A new node's cache is empty: only changes from now on matter. */
    @Override
    public long startAfter() {
        return Long.MAX_VALUE;
    }

    @Override
    public void onChanges(List<Change> changes) {
        Set<String> tags = new LinkedHashSet<>();
        for (Change change : changes) {
            tags.add(PageTags.article(change.articleId()));
            stories.find(change.articleId()).ifPresent(story -> {
                tags.add(PageTags.translationSet(story.content().translationSetId()));
                if (!"corrected".equals(change.kind())) {
                    tags.add(PageTags.lists(story.language()));
                }
            });
        }
        cache.invalidate(tags);
    }
}
