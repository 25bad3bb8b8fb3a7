package org.newsline.site;

import java.util.List;
import org.newsline.article.ArticleSummary;
import org.newsline.web.Layout;
import org.newsline.web.Link;

/** The view records of the search page. Public only because the precompiled templates live in their own package. */
public final class SearchViews {

    private SearchViews() {}

    /**
     * The search page.
     *
     * @param layout shared layout
     * @param query the words typed, for the form
     * @param heading "Results for …" or "Latest stories"
     * @param summary how many stories were found, or why there are none
     * @param rebuilding the index is being rebuilt
     * @param results this page's stories
     * @param facets ways to narrow the results, with counts
     * @param sorts "most relevant" and "newest first", the current one marked
     * @param previousHref the previous page, or {@code null}
     * @param nextHref the next page, or {@code null}
     * @param pageLabel "Page 2 of 7", or empty for a single page
     */
    public record SearchPage(
            Layout layout,
            String query,
            String heading,
            String summary,
            boolean rebuilding,
            List<Result> results,
            List<FacetGroup> facets,
            List<Link> sorts,
            String previousHref,
            String nextHref,
            String pageLabel) {}

    /**
     * A found story.
     *
     * @param story the story
     * @param headlineHtml escaped headline with {@code <mark>}ed words
     * @param snippetHtml escaped passage with {@code <mark>}ed words
     * @param languageName the story's language when it differs from the page's, else {@code null}
     * @param languageCode its language code, for the {@code lang} attribute
     */
    public record Result(
            ArticleSummary story, String headlineHtml, String snippetHtml, String languageName, String languageCode) {}

    /**
     * One facet, such as "Language".
     *
     * @param id a stable identifier for the heading's id attribute
     * @param heading its name
     * @param values its values with counts
     */
    public record FacetGroup(String id, String heading, List<FacetValue> values) {}

    /**
     * One value of a facet.
     *
     * @param label its name
     * @param count how many of the results have it
     * @param href the results narrowed to it, or (when selected) the results without it
     * @param selected whether the results are narrowed to it now
     */
    public record FacetValue(String label, long count, String href, boolean selected) {}
}
