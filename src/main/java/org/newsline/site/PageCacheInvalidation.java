package org.newsline.site;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsline.article.Change;
import org.newsline.article.ChangeListener;
import org.newsline.article.StoryQueries;
import org.newsline.platform.NodeName;
import org.newsline.web.CacheTags;
import org.newsline.web.PageCache;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's page cache true to the change log: a correction or a reader review refreshes the pages
 * that show the story; a publish, update or unpublish also refreshes the lists of its language, where it
 * appears, changes or disappears (feeds among them); any change to a story's text refreshes the sitemaps.
 */
@Component
class PageCacheInvalidation implements ChangeListener {

    /** Changes that add a story to lists, take it off, or change how lists show it. */
    private static final Set<String> LIST_CHANGES = Set.of(Change.PUBLISHED, Change.UPDATED, Change.UNPUBLISHED);

    /** Changes that move a story's last-modified time in the sitemaps, or add or take it off them. */
    private static final Set<String> SITEMAP_CHANGES =
            Set.of(Change.PUBLISHED, Change.UPDATED, Change.CORRECTED, Change.UNPUBLISHED);

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
        Set<String> takenDown = new LinkedHashSet<>();
        for (Change change : changes) {
            Set<String> touched = Change.UNPUBLISHED.equals(change.kind()) ? takenDown : tags;
            touched.add(PageTags.article(change.articleId()));
            if (SITEMAP_CHANGES.contains(change.kind())) {
                tags.add(CacheTags.SITEMAPS);
            }
            stories.find(change.articleId()).ifPresent(story -> {
                touched.add(PageTags.translationSet(story.content().translationSetId()));
                if (LIST_CHANGES.contains(change.kind())) {
                    touched.add(PageTags.lists(story.language()));
                }
            });
        }
        cache.invalidate(tags);
        // A story taken down must not come back as a stale copy while the database is unavailable.
        cache.forget(takenDown);
    }
}
