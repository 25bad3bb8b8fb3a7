package org.newsline.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsline.article.ArticleRepository;
import org.newsline.article.Author;
import org.newsline.article.Category;
import org.newsline.platform.Language;
import org.newsline.search.DateRange;
import org.newsline.search.SearchRequest;
import org.newsline.search.SearchResults;
import org.newsline.search.SearchService;
import org.newsline.site.SearchViews.FacetGroup;
import org.newsline.site.SearchViews.FacetValue;
import org.newsline.site.SearchViews.Result;
import org.newsline.site.SearchViews.SearchPage;
import org.newsline.web.Chrome;
import org.newsline.web.Layout;
import org.newsline.web.Link;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: results, facets, sorting and pages; whatever is typed, never an error page. */
@Controller
class SearchController {

    private static final int AUTHORS_SHOWN = 10;

    private final SearchService search;
    private final ArticleRepository articles;
    private final SiteChrome chrome;

    SearchController(SearchService search, ArticleRepository articles, SiteChrome chrome) {
        this.search = search;
        this.articles = articles;
        this.chrome = chrome;
    }

    @GetMapping("/{lang:az|ru|en}/search")
    String search(
            @PathVariable String lang,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String author,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page,
            Model model) {
        Language ui = Language.of(lang);
        SearchRequest request = SearchRequest.parse(q, language, category, author, date, sort, page);
        SearchResults results = search.search(request);
        if (!results.rebuilding()) {
            PageTags.searchPage();
        }
        Chrome c = chrome.chrome(lang);
        String heading = request.hasText() ? c.t("search.resultsFor", request.text()) : c.t("search.latest");
        String summary;
        if (results.rebuilding()) {
            summary = c.t("search.rebuilding");
        } else if (results.total() == 0) {
            summary = c.t("search.none");
        } else {
            summary = c.t("search.found", results.total());
        }
        Layout layout = chrome.everyLanguage(
                ui,
                request.hasText() ? c.t("search.title") + ": " + request.text() : c.t("search.title"),
                c.t("search.description"),
                l -> href(l, request),
                null);
        List<Result> items = results.hits().stream()
                .map(hit -> new Result(
                        hit.story(),
                        hit.headlineHtml(),
                        hit.snippetHtml(),
                        hit.story().language() == ui
                                ? null
                                : hit.story().language().nativeName(),
                        hit.story().language().code()))
                .toList();
        int pages = results.pageCount();
        List<Link> sorts = List.of(
                new Link(c.t("search.sort.relevance"), href(ui, withSort(request, false)), !request.newest()),
                new Link(c.t("search.sort.newest"), href(ui, withSort(request, true)), request.newest()));
        model.addAttribute(
                "page",
                new SearchPage(
                        layout,
                        request.text(),
                        heading,
                        summary,
                        results.rebuilding(),
                        items,
                        facets(ui, c, request, results.facets()),
                        sorts,
                        request.page() > 1 ? href(ui, request.onPage(request.page() - 1)) : null,
                        request.page() < pages ? href(ui, request.onPage(request.page() + 1)) : null,
                        pages > 1 ? c.t("search.page", request.page(), pages) : ""));
        return "site/search";
    }

    private List<FacetGroup> facets(Language ui, Chrome c, SearchRequest r, SearchResults.Facets facets) {
        List<FacetGroup> groups = new ArrayList<>();
        groups.add(group(
                "language",
                c.t("search.facet.language"),
                facets.languages(),
                r.language() == null ? null : r.language().code(),
                code -> Language.of(code).nativeName(),
                code -> href(
                        ui,
                        new SearchRequest(
                                r.text(), Language.of(code), r.category(), r.author(), r.date(), r.newest(), 1)),
                href(ui, new SearchRequest(r.text(), null, r.category(), r.author(), r.date(), r.newest(), 1))));
        Map<String, String> categories = new LinkedHashMap<>();
        for (Category each : articles.categories()) {
            categories.put(each.slug(), each.name().in(ui));
        }
        groups.add(group(
                "category",
                c.t("search.facet.category"),
                facets.categories(),
                r.category(),
                slug -> categories.getOrDefault(slug, slug),
                slug -> href(ui, new SearchRequest(r.text(), r.language(), slug, r.author(), r.date(), r.newest(), 1)),
                href(ui, new SearchRequest(r.text(), r.language(), null, r.author(), r.date(), r.newest(), 1))));
        Map<String, Long> topAuthors = new LinkedHashMap<>();
        facets.authors().entrySet().stream()
                .filter(e -> topAuthors.size() < AUTHORS_SHOWN || e.getKey().equals(r.author()))
                .forEach(e -> topAuthors.put(e.getKey(), e.getValue()));
        Map<String, String> authors = new LinkedHashMap<>();
        for (Author each : articles.authors(topAuthors.keySet())) {
            authors.put(each.slug(), each.name().in(ui));
        }
        groups.add(group(
                "author",
                c.t("search.facet.author"),
                topAuthors,
                r.author(),
                slug -> authors.getOrDefault(slug, slug),
                slug -> href(
                        ui, new SearchRequest(r.text(), r.language(), r.category(), slug, r.date(), r.newest(), 1)),
                href(ui, new SearchRequest(r.text(), r.language(), r.category(), null, r.date(), r.newest(), 1))));
        Map<String, Long> dates = new LinkedHashMap<>();
        facets.dates().forEach((range, count) -> dates.put(range.code(), count));
        groups.add(group(
                "date",
                c.t("search.facet.date"),
                dates,
                r.date() == null ? null : r.date().code(),
                code -> c.t("search.date." + code),
                code -> href(
                        ui,
                        new SearchRequest(
                                r.text(),
                                r.language(),
                                r.category(),
                                r.author(),
                                DateRange.fromCode(code).orElseThrow(),
                                r.newest(),
                                1)),
                href(ui, new SearchRequest(r.text(), r.language(), r.category(), r.author(), null, r.newest(), 1))));
        groups.removeIf(group -> group.values().isEmpty());
        return groups;
    }

    private static FacetGroup group(
            String id,
            String heading,
            Map<String, Long> counts,
            String selected,
            Function<String, String> label,
            Function<String, String> narrowed,
            String withoutIt) {
        List<FacetValue> values = new ArrayList<>();
        counts.forEach((value, count) -> {
            boolean isSelected = value.equals(selected);
            if (count > 0 || isSelected) {
                values.add(new FacetValue(
                        label.apply(value), count, isSelected ? withoutIt : narrowed.apply(value), isSelected));
            }
        });
        return new FacetGroup(id, heading, values);
    }

    private static SearchRequest withSort(SearchRequest r, boolean newest) {
        return new SearchRequest(r.text(), r.language(), r.category(), r.author(), r.date(), newest, 1);
    }

    /** The address of a search; parameters that are at their default are left out. */
    static String href(Language ui, SearchRequest r) {
        StringBuilder query = new StringBuilder();
        append(query, "q", r.text());
        append(query, "language", r.language() == null ? null : r.language().code());
        append(query, "category", r.category());
        append(query, "author", r.author());
        append(query, "date", r.date() == null ? null : r.date().code());
        if (r.newest() == r.hasText()) {
            append(query, "sort", r.newest() ? "newest" : "relevance");
        }
        if (r.page() > 1) {
            append(query, "page", Integer.toString(r.page()));
        }
        return "/" + ui.code() + "/search" + (query.isEmpty() ? "" : "?" + query);
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
