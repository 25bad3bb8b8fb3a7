package org.newsline.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/v1/search}: the search page's results as JSON, with the same parameters. Public stories only;
 * malformed parameters answer 400 and a rebuilding index 503, both as problem JSON.
 */
@RestController
class SearchApiController {

    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    @GetMapping(value = "/api/v1/search", produces = "application/json")
    Map<String, Object> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String author,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page) {
        SearchRequest request = SearchRequest.parse(q, language, category, author, date, sort, page);
        SearchResults results = search.search(request);
        if (results.rebuilding()) {
            throw new ResponseStatusException(
                    HttpStatus.SERVICE_UNAVAILABLE, "The search index is being rebuilt; try again in a minute.");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", request.text());
        body.put("sort", request.newest() ? "newest" : "relevance");
        body.put("page", request.page());
        body.put("pageSize", SearchRequest.PAGE_SIZE);
        body.put("pageCount", results.pageCount());
        body.put("total", results.total());
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SearchResults.Hit hit : results.hits()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", hit.story().id());
            item.put("language", hit.story().language().code());
            item.put("headline", hit.story().headline());
            item.put("headlineHtml", hit.headlineHtml());
            item.put("snippetHtml", hit.snippetHtml());
            item.put("path", hit.story().path());
            item.put("category", hit.story().category().slug());
            item.put("publishedAt", hit.story().publishAt().toString());
            hits.add(item);
        }
        body.put("results", hits);
        Map<String, Object> facets = new LinkedHashMap<>();
        facets.put("language", counts(results.facets().languages()));
        facets.put("category", counts(results.facets().categories()));
        facets.put("author", counts(results.facets().authors()));
        Map<String, Long> dates = new LinkedHashMap<>();
        results.facets().dates().forEach((range, count) -> dates.put(range.code(), count));
        facets.put("date", counts(dates));
        body.put("facets", facets);
        return body;
    }

    private static List<Map<String, Object>> counts(Map<String, Long> counts) {
        List<Map<String, Object>> list = new ArrayList<>();
        counts.forEach((value, count) -> list.add(Map.of("value", value, "count", count)));
        return list;
    }
}
