package org.newsline.feed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsline.article.Article;
import org.newsline.article.ArticlePaths;
import org.newsline.article.Author;
import org.newsline.article.Tag;
import org.newsline.platform.Language;
import org.newsline.quote.EntityMentions;
import org.newsline.web.Alternate;
import org.newsline.web.Chrome;
import org.newsline.web.Head;
import org.newsline.web.Head.FeedLink;
import org.newsline.web.Head.Meta;
import org.newsline.web.Layout;
import org.newsline.web.Link;
import org.springframework.stereotype.Component;

/**
 * What public pages tell feed readers, search engines and social networks: feed autodiscovery links,
 * OpenGraph and Twitter card tags, JSON-LD; and the article's share links, which are plain links (no
 * third-party script, no cookie).
 */
@Component
public class PageMetadata {

    /** The agency's square logo, for structured data and feeds. */
    static final String LOGO = "/logo.png";

    static final int LOGO_SIZE = 512;

    private static final Map<String, String> OG_LOCALES = Map.of("az", "az_AZ", "ru", "ru_RU", "en", "en_GB");

    private final ArticlePaths paths;
    private final EntityMentions mentions;

    /** Plain texts of bodies shown lately (a page shown again does not strip its HTML again), 4M characters. */
    private static final Cache<String, String> PLAIN = Caffeine.newBuilder()
            .maximumWeight(4_000_000)
            .weigher((String html, String text) -> html.length() + text.length())
            .build();

    PageMetadata(ArticlePaths paths, EntityMentions mentions) {
        this.paths = paths;
        this.mentions = mentions;
    }

    /** The home page: the language's feeds, the agency and the site as structured data. */
    public Head home(Layout layout) {
        Chrome chrome = layout.chrome();
        return new Head(
                feeds(chrome, FeedTopic.site(Language.of(chrome.lang()))),
                card(layout, "website", null, null),
                List.of(
                        Json.forScript(StructuredData.organisation(chrome, true)),
                        Json.forScript(StructuredData.website(chrome))));
    }

    /** A listing page (News Line, category, correspondent, tag): its own feeds after the site's. */
    public Head listing(Layout layout, FeedTopic topic) {
        Chrome chrome = layout.chrome();
        List<FeedLink> feeds = new ArrayList<>(feeds(chrome, FeedTopic.site(topic.language())));
        if (!topic.name().isEmpty()) {
            feeds.addAll(feeds(chrome, topic));
        }
        return new Head(feeds, card(layout, "website", null, null), List.of());
    }

    /** An article: the site's feeds, the story's card tags, NewsArticle and BreadcrumbList. */
    public Head article(Layout layout, Article article) {
        Chrome chrome = layout.chrome();
        Language language = article.language();
        List<FeedLink> feeds = new ArrayList<>(feeds(chrome, FeedTopic.site(language)));
        feeds.addAll(feeds(chrome, FeedTopic.category(language, article.category())));
        List<Meta> meta = card(layout, "article", article, chrome);
        String categoryPath = paths.category(language, article.category().slug());
        return new Head(
                feeds,
                meta,
                List.of(
                        Json.forScript(StructuredData.newsArticle(
                                article, chrome, paths, mentions.in(language, plainText(article.bodyHtml())))),
                        Json.forScript(StructuredData.breadcrumbs(article, chrome, categoryPath))));
    }

    /** The sanitised body's blocks as plain-text paragraphs, the shape the entity matcher reads. */
    static String plainText(String bodyHtml) {
        return PLAIN.get(bodyHtml, PageMetadata::toPlainText);
    }

    private static String toPlainText(String bodyHtml) {
        String blocks = bodyHtml.replaceAll("(?i)</(p|h[1-6]|li|blockquote|figcaption)>", "\n\n");
        return org.springframework.web.util.HtmlUtils.htmlUnescape(blocks.replaceAll("<[^>]{0,500}>", ""))
                .strip();
    }

    /** Links that share the story on social networks or by e-mail, in the article's language. */
    public List<Link> shareLinks(Layout layout, Article article) {
        Chrome chrome = layout.chrome();
        String url = encode(chrome.absolute(article.path()));
        String text = encode(article.headline());
        return List.of(
                Link.to("Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url),
                Link.to("X", "https://x.com/intent/post?url=" + url + "&text=" + text),
                Link.to("Telegram", "https://t.me/share/url?url=" + url + "&text=" + text),
                Link.to("WhatsApp", "https://wa.me/?text=" + text + "%20" + url),
                Link.to(chrome.t("share.email"), "mailto:?subject=" + text + "&body=" + url));
    }

    private static List<FeedLink> feeds(Chrome chrome, FeedTopic topic) {
        String name = topic.name().isEmpty() ? chrome.siteName() : chrome.siteName() + " — " + topic.name();
        List<FeedLink> links = new ArrayList<>();
        for (FeedFormat format : FeedFormat.values()) {
            links.add(new FeedLink(format.mediaType(), name + " (" + format.label() + ")", topic.path(format)));
        }
        return links;
    }

    /** OpenGraph and Twitter card tags; for an article also its dates, section, tags, authors and photo. */
    private List<Meta> card(Layout layout, String type, Article article, Chrome articleChrome) {
        Chrome chrome = layout.chrome();
        List<Meta> meta = new ArrayList<>();
        meta.add(Meta.property("og:type", type));
        meta.add(Meta.property("og:site_name", chrome.siteName()));
        meta.add(Meta.property("og:title", layout.title()));
        if (!layout.description().isBlank()) {
            meta.add(Meta.property("og:description", layout.description()));
        }
        meta.add(Meta.property("og:url", chrome.absolute(layout.canonical())));
        meta.add(Meta.property("og:locale", OG_LOCALES.get(chrome.lang())));
        for (Alternate alternate : layout.alternates()) {
            if (!alternate.lang().equals(chrome.lang()) && OG_LOCALES.containsKey(alternate.lang())) {
                meta.add(Meta.property("og:locale:alternate", OG_LOCALES.get(alternate.lang())));
            }
        }
        boolean largePhoto = article != null && article.photo() != null;
        if (largePhoto) {
            String caption = article.photo().caption().in(article.language());
            meta.add(Meta.property("og:image", chrome.absolute(article.photo().url())));
            meta.add(Meta.property(
                    "og:image:width", Integer.toString(article.photo().width())));
            meta.add(Meta.property(
                    "og:image:height", Integer.toString(article.photo().height())));
            if (!caption.isBlank()) {
                meta.add(Meta.property("og:image:alt", caption));
            }
        } else {
            meta.add(Meta.property("og:image", chrome.absolute(LOGO)));
            meta.add(Meta.property("og:image:alt", chrome.siteName()));
        }
        if (article != null) {
            Language language = article.language();
            meta.add(Meta.property("article:published_time", articleChrome.iso(article.publishAt())));
            meta.add(Meta.property("article:modified_time", articleChrome.iso(StructuredData.latest(article))));
            meta.add(Meta.property("article:section", article.category().name().in(language)));
            for (Author author : article.authors()) {
                meta.add(Meta.property("article:author", chrome.absolute(paths.author(language, author.slug()))));
            }
            for (Tag tag : article.tags()) {
                meta.add(Meta.property("article:tag", tag.name().in(language)));
            }
        }
        meta.add(Meta.name("twitter:card", largePhoto ? "summary_large_image" : "summary"));
        meta.add(Meta.name("twitter:title", layout.title()));
        if (!layout.description().isBlank()) {
            meta.add(Meta.name("twitter:description", layout.description()));
        }
        return meta;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
