package org.newsline.site;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsline.article.ArticlePaths;
import org.newsline.article.ArticleRepository;
import org.newsline.article.ArticleSummary;
import org.newsline.article.Author;
import org.newsline.article.Category;
import org.newsline.article.Cursor;
import org.newsline.article.ListFilter;
import org.newsline.article.Tag;
import org.newsline.feed.FeedTopic;
import org.newsline.feed.LiveNotice;
import org.newsline.feed.PageMetadata;
import org.newsline.platform.Language;
import org.newsline.site.Views.Day;
import org.newsline.site.Views.HomePage;
import org.newsline.site.Views.ListingPage;
import org.newsline.site.Views.NewsLinePage;
import org.newsline.site.Views.Section;
import org.newsline.web.BadRequestException;
import org.newsline.web.Chrome;
import org.newsline.web.ErrorResponses;
import org.newsline.web.Layout;
import org.newsline.web.Link;
import org.newsline.web.PageNotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Home page, News Line, and the category, correspondent and tag pages. */
@Controller
class SiteController {

    static final int NEWS_LINE_PAGE = 30;
    static final int LISTING_PAGE = 20;
    private static final int LEAD_STORIES = 5;
    private static final int PER_SECTION = 4;

    private final ArticleRepository articles;
    private final ArticlePaths paths;
    private final SiteChrome chrome;
    private final java.time.Clock clock;
    private final PageMetadata metadata;

    SiteController(
            ArticleRepository articles,
            ArticlePaths paths,
            SiteChrome chrome,
            java.time.Clock clock,
            PageMetadata metadata) {
        this.articles = articles;
        this.paths = paths;
        this.chrome = chrome;
        this.clock = clock;
        this.metadata = metadata;
    }

    /** The bare address sends readers to their language's home page. */
    @GetMapping("/")
    ResponseEntity<Void> root(@RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        String lang = ErrorResponses.preferredLanguage(accept);
        return ResponseEntity.status(HttpStatus.FOUND)
                .location(URI.create("/" + lang + "/"))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }

    @GetMapping("/{lang:az|ru|en}")
    ResponseEntity<Void> homeWithoutSlash(@PathVariable String lang) {
        return redirect("/" + lang + "/");
    }

    @GetMapping("/{lang:az|ru|en}/")
    String home(@PathVariable String lang, Model model) {
        Language language = Language.of(lang);
        Chrome strings = chrome.chrome(lang);
        Map<Integer, List<ArticleSummary>> byCategory = new LinkedHashMap<>();
        for (ArticleSummary summary : articles.latestPerCategory(language, PER_SECTION)) {
            byCategory
                    .computeIfAbsent(summary.category().id(), id -> new ArrayList<>())
                    .add(summary);
        }
        List<Section> sections = new ArrayList<>();
        for (Category category : articles.categories()) {
            List<ArticleSummary> items = byCategory.get(category.id());
            if (items != null) {
                sections.add(
                        new Section(category.name().in(language), paths.category(language, category.slug()), items));
            }
        }
        Layout layout =
                chrome.everyLanguage(language, chrome.siteName(), strings.t("home.description"), paths::home, null);
        List<ArticleSummary> newsLine = articles.list(language, ListFilter.all(), Optional.empty(), NEWS_LINE_PAGE);
        model.addAttribute(
                "page",
                new HomePage(
                        layout.withHead(metadata.home(layout)),
                        articles.leadStories(language, LEAD_STORIES),
                        newsLine,
                        sections,
                        LiveNotice.of(layout.chrome(), newsLine, null, paths.home(language))));
        HomePage home = (HomePage) model.getAttribute("page");
        List<ArticleSummary> shown = new ArrayList<>(home.lead());
        shown.addAll(newsLine);
        sections.forEach(section -> shown.addAll(section.items()));
        PageTags.list(language, shown);
        return "site/home";
    }

    @GetMapping("/{lang:az|ru|en}/news-line")
    String newsLine(
            @PathVariable String lang,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String before,
            Model model) {
        Language language = Language.of(lang);
        Optional<Category> filterCategory = Optional.empty();
        if (category != null && !category.isEmpty()) {
            filterCategory = Optional.of(articles.findCategory(category)
                    .orElseThrow(() -> new BadRequestException("Unknown category: " + category)));
        }
        ListFilter filter = filterCategory.map(ListFilter::category).orElse(ListFilter.all());
        Page page = page(language, filter, before, NEWS_LINE_PAGE);
        String query = filterCategory.map(c -> "?category=" + c.slug()).orElse("");
        String base = paths.newsLine(language);
        String older = page.next() == null
                ? null
                : base + (query.isEmpty() ? "?" : query + "&") + "before="
                        + page.next().token();
        Chrome strings = chrome.chrome(lang);
        List<Link> filters = new ArrayList<>();
        filters.add(new Link(strings.t("newsLine.all"), base, filterCategory.isEmpty()));
        for (Category each : articles.categories()) {
            filters.add(new Link(
                    each.name().in(language),
                    base + "?category=" + each.slug(),
                    filterCategory.map(c -> c.id() == each.id()).orElse(false)));
        }
        String title = filterCategory
                .map(c -> strings.t("nav.newsLine") + ": " + c.name().in(language))
                .orElse(strings.t("nav.newsLine"));
        String section = base;
        Layout layout = chrome.everyLanguage(
                language, title, strings.t("newsLine.description"), l -> paths.newsLine(l) + query, section);
        FeedTopic topic =
                filterCategory.map(c -> FeedTopic.category(language, c)).orElse(FeedTopic.site(language));
        boolean firstPage = before == null || before.isEmpty();
        LiveNotice live = firstPage
                ? LiveNotice.of(
                        layout.chrome(),
                        page.items(),
                        filterCategory.map(Category::slug).orElse(null),
                        base + query)
                : null;
        model.addAttribute(
                "page",
                new NewsLinePage(
                        layout.withHead(metadata.listing(layout, topic)),
                        byDay(page.items(), strings),
                        filters,
                        older,
                        firstPage ? null : base + query,
                        live));
        PageTags.list(language, page.items());
        return "site/newsline";
    }

    @GetMapping("/{lang:az|ru|en}/{category:[a-z][a-z0-9-]*}")
    ResponseEntity<Void> categoryWithoutSlash(@PathVariable String lang, @PathVariable String category) {
        articles.findCategory(category).orElseThrow(() -> new PageNotFoundException("No section " + category));
        return redirect("/" + lang + "/" + category + "/");
    }

    @GetMapping("/{lang:az|ru|en}/{slug:[a-z][a-z0-9-]*}/")
    String category(
            @PathVariable String lang,
            @PathVariable String slug,
            @RequestParam(required = false) String before,
            Model model) {
        Language language = Language.of(lang);
        Category category =
                articles.findCategory(slug).orElseThrow(() -> new PageNotFoundException("No section " + slug));
        Page page = page(language, ListFilter.category(category), before, LISTING_PAGE);
        String name = category.name().in(language);
        Layout layout = chrome.everyLanguage(
                language,
                name,
                chrome.chrome(lang).t("category.description", name),
                l -> paths.category(l, slug),
                paths.category(language, slug));
        layout = layout.withHead(metadata.listing(layout, FeedTopic.category(language, category)));
        model.addAttribute(
                "page",
                new ListingPage(layout, "", name, "", page.items(), older(paths.category(language, slug), page)));
        PageTags.list(language, page.items());
        return "site/listing";
    }

    @GetMapping("/{lang:az|ru|en}/author/{slug}")
    String author(
            @PathVariable String lang,
            @PathVariable String slug,
            @RequestParam(required = false) String before,
            Model model) {
        Language language = Language.of(lang);
        Author author =
                articles.findAuthor(slug).orElseThrow(() -> new PageNotFoundException("No correspondent " + slug));
        Page page = page(language, ListFilter.author(author), before, LISTING_PAGE);
        String name = author.name().in(language);
        Layout layout =
                chrome.everyLanguage(language, name, author.bio().in(language), l -> paths.author(l, slug), null);
        layout = layout.withHead(metadata.listing(layout, FeedTopic.author(language, author)));
        model.addAttribute(
                "page",
                new ListingPage(
                        layout,
                        author.role().in(language),
                        name,
                        author.bio().in(language),
                        page.items(),
                        older(paths.author(language, slug), page)));
        PageTags.list(language, page.items());
        return "site/listing";
    }

    @GetMapping("/{lang:az|ru|en}/tag/{slug}")
    String tag(
            @PathVariable String lang,
            @PathVariable String slug,
            @RequestParam(required = false) String before,
            Model model) {
        Language language = Language.of(lang);
        Tag tag = articles.findTag(slug).orElseThrow(() -> new PageNotFoundException("No tag " + slug));
        Page page = page(language, ListFilter.tag(tag), before, LISTING_PAGE);
        String name = tag.name().in(language);
        Chrome strings = chrome.chrome(lang);
        Layout layout = chrome.everyLanguage(
                language, "#" + name, strings.t("tag.description", name), l -> paths.tag(l, slug), null);
        layout = layout.withHead(metadata.listing(layout, FeedTopic.tag(language, tag)));
        model.addAttribute(
                "page",
                new ListingPage(
                        layout,
                        strings.t("tag.kicker"),
                        name,
                        "",
                        page.items(),
                        older(paths.tag(language, slug), page)));
        PageTags.list(language, page.items());
        return "site/listing";
    }

    /** One page of a newest-first list, and the cursor of the next page if there is one. */
    private Page page(Language language, ListFilter filter, String before, int size) {
        Optional<Cursor> cursor;
        try {
            cursor = before == null || before.isEmpty() ? Optional.empty() : Optional.of(Cursor.parse(before));
        } catch (Cursor.InvalidCursorException e) {
            throw new BadRequestException(e.getMessage());
        }
        List<ArticleSummary> items = articles.list(language, filter, cursor, size + 1);
        if (items.size() > size) {
            List<ArticleSummary> shown = items.subList(0, size);
            return new Page(shown, Cursor.after(shown.get(size - 1)));
        }
        return new Page(items, null);
    }

    private static String older(String base, Page page) {
        return page.next() == null ? null : base + "?before=" + page.next().token();
    }

    private List<Day> byDay(List<ArticleSummary> items, Chrome strings) {
        LocalDate today = LocalDate.now(clock.withZone(paths.zone()));
        Map<LocalDate, List<ArticleSummary>> days = new LinkedHashMap<>();
        for (ArticleSummary item : items) {
            days.computeIfAbsent(LocalDate.ofInstant(item.publishAt(), paths.zone()), d -> new ArrayList<>())
                    .add(item);
        }
        List<Day> result = new ArrayList<>();
        days.forEach((day, dayItems) -> {
            String label;
            if (day.equals(today)) {
                label = strings.t("newsLine.today");
            } else if (day.equals(today.minusDays(1))) {
                label = strings.t("newsLine.yesterday");
            } else {
                label = strings.date(dayItems.get(0).publishAt());
            }
            result.add(new Day(label, dayItems));
        });
        return result;
    }

    static ResponseEntity<Void> redirect(String location) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .location(URI.create(location))
                .build();
    }

    private record Page(List<ArticleSummary> items, Cursor next) {}
}
