package org.newsline.site;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsline.article.ArticlePaths;
import org.newsline.article.ArticleRepository;
import org.newsline.article.Category;
import org.newsline.platform.Language;
import org.newsline.web.Alternate;
import org.newsline.web.Chrome;
import org.newsline.web.ChromeSource;
import org.newsline.web.Head;
import org.newsline.web.Layout;
import org.newsline.web.Link;
import org.newsline.web.Translations;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/** Builds the masthead, navigation, footer and language links of every public page. */
@Component
class SiteChrome implements ChromeSource {

    private static final Map<String, String> NETWORK_LABELS = Map.of(
            "facebook", "Facebook",
            "x", "X",
            "telegram", "Telegram",
            "youtube", "YouTube",
            "instagram", "Instagram",
            "whatsapp", "WhatsApp",
            "mastodon", "Mastodon");

    private final ArticleRepository articles;
    private final ArticlePaths paths;
    private final Translations translations;
    private final SiteProperties properties;
    private final Clock clock;
    private static final long RETRY_NANOS = 5_000_000_000L;
    private volatile List<Category> lastCategories = List.of();
    private volatile long failedAt = System.nanoTime() - RETRY_NANOS;

    SiteChrome(
            ArticleRepository articles,
            ArticlePaths paths,
            Translations translations,
            SiteProperties properties,
            Clock clock) {
        this.articles = articles;
        this.paths = paths;
        this.translations = translations;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Chrome chrome(String lang) {
        return chrome(lang, categories());
    }

    @Override
    public Chrome offlineChrome(String lang) {
        return chrome(lang, lastCategories);
    }

    private Chrome chrome(String lang, List<Category> categories) {
        Language language = Language.fromCode(lang).orElse(Language.EN);
        List<Link> sections = new ArrayList<>();
        sections.add(Link.to(translations.of(lang).t("nav.newsLine"), paths.newsLine(language)));
        for (Category category : categories) {
            sections.add(Link.to(category.name().in(language), paths.category(language, category.slug())));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), paths.zone());
        return new Chrome(
                properties.baseUrl(),
                properties.name(),
                language.code(),
                translations.of(language.code()),
                paths.zone(),
                paths.home(language),
                paths.newsLine(language),
                sections,
                social(language),
                today);
    }

    /**
     * The sections, or the last ones read while the database is unavailable: error pages and pages served
     * from the cache during an outage still get their navigation.
     */
    private List<Category> categories() {
        if (System.nanoTime() - failedAt < RETRY_NANOS && !lastCategories.isEmpty()) {
            return lastCategories; // do not make every error page wait for a connection again
        }
        try {
            List<Category> read = articles.categories();
            lastCategories = read;
            return read;
        } catch (DataAccessException | TransactionException unavailable) {
            failedAt = System.nanoTime();
            return lastCategories;
        }
    }

    @Override
    public List<Link> homeLinks(String currentLang) {
        return languageLinks(currentLang, paths::home);
    }

    String siteName() {
        return properties.name();
    }

    /** A page that exists in every language at the address {@code pathIn(language)}. */
    Layout everyLanguage(
            Language language, String title, String description, Function<Language, String> pathIn, String section) {
        List<Alternate> alternates = new ArrayList<>();
        for (Language each : Language.values()) {
            alternates.add(new Alternate(each.code(), pathIn.apply(each)));
        }
        Chrome chrome = chrome(language.code());
        if (section != null) {
            chrome = chrome.withCurrentSection(section);
        }
        return new Layout(
                chrome,
                title,
                description,
                pathIn.apply(language),
                alternates,
                languageLinks(language.code(), pathIn),
                Head.none());
    }

    /** Switcher links: each language pointing where {@code pathIn} says, the current one marked. */
    List<Link> languageLinks(String currentLang, Function<Language, String> pathIn) {
        List<Link> links = new ArrayList<>();
        for (Language each : Language.values()) {
            links.add(
                    new Link(each.nativeName(), pathIn.apply(each), each.code().equals(currentLang)));
        }
        return links;
    }

    private List<Link> social(Language language) {
        Map<String, String> configured = properties.social().get(language.code());
        if (configured == null || configured.isEmpty()) {
            configured = properties.social().getOrDefault("en", new java.util.LinkedHashMap<>());
        }
        List<Link> links = new ArrayList<>();
        configured.forEach((network, url) -> {
            if (url != null && (url.startsWith("https://") || url.startsWith("http://"))) {
                links.add(Link.to(NETWORK_LABELS.getOrDefault(network, network), url));
            }
        });
        return links;
    }
}
