package org.newsline.feed;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsline.article.ArticlePaths;
import org.newsline.article.ArticleRepository;
import org.newsline.article.Category;
import org.newsline.platform.Language;
import org.newsline.web.CacheTags;
import org.newsline.web.Chrome;
import org.newsline.web.ChromeSource;
import org.newsline.web.PageCache;
import org.newsline.web.PageNotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The sitemap index, the sections sitemap, monthly story sitemaps (split into numbered parts past
 * {@code newsline.feed.sitemap-urls-per-file}), a Google News sitemap per language, and robots.txt naming them.
 */
@Controller
class SitemapController {

    /** Google News reads at most this many stories from one news sitemap. */
    static final int NEWS_LIMIT = 1_000;

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{1,4}))?");
    private static final String XML = MediaType.APPLICATION_XML_VALUE + ";charset=UTF-8";

    private final SitemapRepository sitemaps;
    private final ArticleRepository articles;
    private final ArticlePaths paths;
    private final ChromeSource chromeSource;
    private final FeedProperties properties;
    private final java.time.Clock clock;

    SitemapController(
            SitemapRepository sitemaps,
            ArticleRepository articles,
            ArticlePaths paths,
            ChromeSource chromeSource,
            FeedProperties properties,
            java.time.Clock clock) {
        this.sitemaps = sitemaps;
        this.articles = articles;
        this.paths = paths;
        this.chromeSource = chromeSource;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> robots() {
        Chrome chrome = chromeSource.chrome("en");
        StringBuilder text = new StringBuilder("User-agent: *\nAllow: /\n");
        for (Language language : Language.values()) {
            text.append("Disallow: ").append(LiveController.path(language)).append('\n');
        }
        text.append('\n')
                .append("Sitemap: ")
                .append(chrome.absolute("/sitemap.xml"))
                .append('\n');
        for (Language language : Language.values()) {
            text.append("Sitemap: ").append(chrome.absolute(newsPath(language))).append('\n');
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
                .body(text.toString());
    }

    @GetMapping("/sitemap.xml")
    void index(HttpServletResponse response) throws IOException {
        Chrome chrome = chromeSource.chrome("en");
        int perFile = properties.sitemapUrlsPerFile();
        try (SitemapWriter xml = start(response, "sitemapindex", chrome)) {
            xml.sitemap("/sitemaps/sections.xml", null);
            for (SitemapRepository.Month month : sitemaps.months()) {
                long parts = (month.urls() + perFile - 1) / perFile;
                for (long part = 1; part <= parts; part++) {
                    xml.sitemap(monthPath(month.month(), part), month.lastModified());
                }
            }
        }
    }

    @GetMapping("/sitemaps/sections.xml")
    void sections(HttpServletResponse response) throws IOException {
        Chrome chrome = chromeSource.chrome("en");
        List<Function<Language, String>> pages = new ArrayList<>();
        pages.add(paths::home);
        pages.add(paths::newsLine);
        for (Category category : articles.categories()) {
            pages.add(language -> paths.category(language, category.slug()));
        }
        try (SitemapWriter xml = start(response, "urlset", chrome)) {
            for (Function<Language, String> page : pages) {
                List<SitemapEntry.Version> versions = new ArrayList<>();
                for (Language language : Language.values()) {
                    versions.add(new SitemapEntry.Version(language.code(), page.apply(language)));
                }
                for (SitemapEntry.Version version : versions) {
                    xml.page(version.path(), versions);
                }
            }
        }
    }

    @GetMapping("/sitemaps/news-{lang:az|ru|en}.xml")
    void news(@PathVariable String lang, HttpServletResponse response) throws IOException {
        Language language = Language.of(lang);
        Chrome chrome = chromeSource.chrome(lang);
        var entries = sitemaps.news(language, clock.instant().minus(properties.newsWindow()), NEWS_LIMIT);
        try (SitemapWriter xml = start(response, "urlset", chrome)) {
            entries.forEach(entry -> xml.news(entry, chrome.siteName(), language.code()));
        }
    }

    @GetMapping("/sitemaps/{name:\\d{4}-\\d{2}(?:-\\d{1,4})?}.xml")
    void month(@PathVariable String name, HttpServletResponse response) throws IOException {
        Matcher matcher = MONTH.matcher(name);
        if (!matcher.matches()) {
            throw new PageNotFoundException("No sitemap " + name);
        }
        YearMonth month;
        try {
            month = YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        } catch (DateTimeException e) {
            throw new PageNotFoundException("No sitemap " + name);
        }
        int part = matcher.group(3) == null ? 1 : Integer.parseInt(matcher.group(3));
        if (part < 2 && matcher.group(3) != null) {
            throw new PageNotFoundException("No sitemap " + name + "; the first part has no number");
        }
        Chrome chrome = chromeSource.chrome("en");
        int perFile = properties.sitemapUrlsPerFile();
        try (SitemapWriter xml = start(response, "urlset", chrome)) {
            sitemaps.streamMonth(month, (long) (part - 1) * perFile, perFile, xml::url);
        }
    }

    static String newsPath(Language language) {
        return "/sitemaps/news-" + language.code() + ".xml";
    }

    private static String monthPath(YearMonth month, long part) {
        return "/sitemaps/" + month + (part == 1 ? "" : "-" + part) + ".xml";
    }

    /** Every sitemap is kept in the page cache until a story is published, changed or taken down. */
    private SitemapWriter start(HttpServletResponse response, String root, Chrome chrome) throws IOException {
        PageCache.tag(
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest(),
                List.of(CacheTags.SITEMAPS));
        response.setContentType(XML);
        response.setHeader("Cache-Control", "public, max-age=300");
        OutputStream out = response.getOutputStream();
        return SitemapWriter.start(out, root, chrome::absolute, paths.zone());
    }
}
