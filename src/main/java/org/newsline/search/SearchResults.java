package org.newsline.search;

import java.util.List;
import java.util.Map;
import org.newsline.article.ArticleSummary;

/**
 * One page of search results with the facet counts of all hits.
 *
 * @param request what was asked
 * @param rebuilding the index is being rebuilt: no results yet
 * @param total how many stories match
 * @param hits this page's stories
 * @param facets counts of the matching stories by language, section, correspondent and date
 */
public record SearchResults(SearchRequest request, boolean rebuilding, long total, List<Hit> hits, Facets facets) {

    static SearchResults whileRebuilding(SearchRequest request) {
        return new SearchResults(request, true, 0, List.of(), Facets.NONE);
    }

    public int pageCount() {
        long pages = (total + SearchRequest.PAGE_SIZE - 1) / SearchRequest.PAGE_SIZE;
        return (int) Math.min(pages, SearchRequest.MAX_PAGE);
    }

    /**
     * A found story.
     *
     * @param story the story as lists show it
     * @param headlineHtml the headline, HTML-escaped, matched words in {@code <mark>}
     * @param snippetHtml a passage around the matched words, HTML-escaped, matched words in {@code <mark>}
     */
    public record Hit(ArticleSummary story, String headlineHtml, String snippetHtml) {}

    /**
     * Counts of matching stories; each map runs from the most to the least common value.
     *
     * @param languages by language code
     * @param categories by section slug
     * @param authors by correspondent slug
     * @param dates by date range (a story published today also counts for the week, month and year)
     */
    public record Facets(
            Map<String, Long> languages,
            Map<String, Long> categories,
            Map<String, Long> authors,
            Map<DateRange, Long> dates) {

        static final Facets NONE = new Facets(Map.of(), Map.of(), Map.of(), Map.of());
    }
}
