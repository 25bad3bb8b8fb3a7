package org.newsline.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsline.article.Article;
import org.newsline.article.ArticlePaths;
import org.newsline.article.ArticleRepository;
import org.newsline.article.Translation;
import org.newsline.feed.PageMetadata;
import org.newsline.platform.Language;
import org.newsline.quote.Statements;
import org.newsline.review.ReaderReviews;
import org.newsline.review.ReviewViews.ReviewSection;
import org.newsline.search.SearchService;
import org.newsline.site.Views.ArticlePage;
import org.newsline.site.Views.Byline;
import org.newsline.web.Alternate;
import org.newsline.web.Head;
import org.newsline.web.Layout;
import org.newsline.web.Link;
import org.newsline.web.PageNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The article page; old slugs and wrong dates answer 301 with the current address. */
@Controller
class ArticleController {

    private static final int RELATED = 4;

    private final ArticleRepository articles;
    private final ArticlePaths paths;
    private final SiteChrome chrome;
    private final SearchService search;
    private final PageMetadata metadata;
    private final Statements statements;
    private final ReaderReviews reviews;

    ArticleController(
            ArticleRepository articles,
            ArticlePaths paths,
            SiteChrome chrome,
            SearchService search,
            PageMetadata metadata,
            Statements statements,
            ReaderReviews reviews) {
        this.articles = articles;
        this.paths = paths;
        this.chrome = chrome;
        this.search = search;
        this.metadata = metadata;
        this.statements = statements;
        this.reviews = reviews;
    }

    @GetMapping("/{lang:az|ru|en}/{yyyy:\\d{4}}/{mm:\\d{2}}/{dd:\\d{2}}/{slug}")
    Object article(
            @PathVariable String lang,
            @PathVariable String yyyy,
            @PathVariable String mm,
            @PathVariable String dd,
            @PathVariable String slug,
            @RequestParam(name = "review", required = false) String reviewSent,
            Model model) {
        Language language = Language.of(lang);
        String requested = "/%s/%s/%s/%s/%s".formatted(lang, yyyy, mm, dd, slug);
        Article article = articles.findVisible(language, slug).orElse(null);
        if (article == null) {
            String moved = articles.findMovedPath(language, slug)
                    .orElseThrow(() -> new PageNotFoundException("No story at " + requested));
            return SiteController.redirect(moved);
        }
        if (!article.path().equals(requested)) {
            return SiteController.redirect(article.path());
        }
        List<Translation> translations = articles.translations(article);
        ArticlePage page = page(article, translations, reviews.section(article, reviewSent));
        model.addAttribute("page", page);
        PageTags.articlePage(article.id(), article.translationSetId(), page.related());
        return "site/article";
    }

    private ArticlePage page(Article article, List<Translation> translations, ReviewSection reviewSection) {
        Language language = article.language();
        Map<Language, String> versions =
                translations.stream().collect(Collectors.toMap(Translation::language, Translation::path));
        versions.put(language, article.path());
        Function<Language, String> pathIn = l -> versions.getOrDefault(l, paths.home(l));
        List<Alternate> alternates = new ArrayList<>();
        for (Language each : Language.values()) {
            if (versions.containsKey(each)) {
                alternates.add(new Alternate(each.code(), versions.get(each)));
            }
        }
        Layout layout = new Layout(
                chrome.chrome(language.code())
                        .withCurrentSection(
                                paths.category(language, article.category().slug())),
                article.headline(),
                article.standfirst(),
                article.path(),
                alternates,
                chrome.languageLinks(language.code(), pathIn),
                Head.none());
        layout = layout.withHead(metadata.article(layout, article));
        List<Byline> bylines = article.authors().stream()
                .map(author -> new Byline(
                        author.name().in(language), author.role().in(language), paths.author(language, author.slug())))
                .toList();
        List<Link> tags = article.tags().stream()
                .map(tag -> Link.to(tag.name().in(language), paths.tag(language, tag.slug())))
                .toList();
        List<Link> otherLanguages = translations.stream()
                .map(t -> Link.to(t.language().nativeName() + ": " + t.headline(), t.path()))
                .toList();
        return new ArticlePage(
                layout,
                article,
                paths.category(language, article.category().slug()),
                bylines,
                tags,
                otherLanguages,
                // From the index; while it is being rebuilt, the simple rule of shared section and tags.
                search.related(article, RELATED).orElseGet(() -> articles.related(article, RELATED)),
                article.photo() == null ? "" : article.photo().caption().in(language),
                metadata.shareLinks(layout, article),
                statements.speakersOf(article.id(), language),
                reviewSection);
    }
}
