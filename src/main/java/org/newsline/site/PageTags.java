package org.newsline.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.newsline.article.ArticleSummary;
import org.newsline.platform.Language;
import org.newsline.web.CacheTags;
import org.newsline.web.PageCache;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The cache tags of public pages: which stories and lists a page shows. */
final class PageTags {

    private PageTags() {}

    static String article(long id) {
        return CacheTags.article(id);
    }

    static String translationSet(long id) {
        return CacheTags.translationSet(id);
    }

    /** Lists of a language (home, News Line, sections, correspondents, tags), where a new story appears. */
    static String lists(Language language) {
        return CacheTags.lists(language.code());
    }

    /** Marks a list page as cacheable: it changes when a story in it changes or one is published in its language. */
    static void list(Language language, Collection<ArticleSummary> shown) {
        List<String> tags = new ArrayList<>();
        tags.add(lists(language));
        shown.forEach(item -> tags.add(article(item.id())));
        PageCache.tag(request(), tags);
    }

    /**
     * Marks a search page as cacheable: it changes whenever the search index does ({@link SearchPageInvalidation}).
     * Readers searching for the same words during a breaking story then share one render; a one-off search is
     * kept only if the cache's frequency-based admission finds room for it, so a flood of random searches does
     * not push out the pages readers want.
     */
    static void searchPage() {
        PageCache.tag(request(), List.of(CacheTags.SEARCH));
    }

    /** Marks an article page as cacheable: it changes with the story, its translations and the related stories shown. */
    static void articlePage(long id, long translationSetId, Collection<ArticleSummary> related) {
        List<String> tags = new ArrayList<>();
        tags.add(article(id));
        tags.add(translationSet(translationSetId));
        related.forEach(item -> tags.add(article(item.id())));
        PageCache.tag(request(), tags);
    }

    private static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
