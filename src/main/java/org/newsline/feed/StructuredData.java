package org.newsline.feed;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsline.article.Article;
import org.newsline.article.ArticlePaths;
import org.newsline.article.Author;
import org.newsline.article.Correction;
import org.newsline.article.Photo;
import org.newsline.platform.Language;
import org.newsline.quote.EntityMentions.Mentioned;
import org.newsline.web.Chrome;
import org.newsline.web.Link;

/** Builds schema.org JSON-LD: the story as a NewsArticle, its breadcrumb trail, and the agency itself. */
final class StructuredData {

    /** Google shows at most this many characters of a headline and asks for no more. */
    static final int HEADLINE_LIMIT = 110;

    private static final String CONTEXT = "https://schema.org";

    private StructuredData() {}

    static Map<String, Object> newsArticle(
            Article article, Chrome chrome, ArticlePaths paths, List<Mentioned> mentioned) {
        Language language = article.language();
        ZoneId zone = chrome.zone();
        String url = chrome.absolute(article.path());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", CONTEXT);
        json.put("@type", "NewsArticle");
        json.put("@id", url + "#article");
        json.put("mainEntityOfPage", Json.object("@type", "WebPage", "@id", url));
        json.put("url", url);
        json.put("headline", shorten(article.headline()));
        if (!article.standfirst().isBlank()) {
            json.put("description", article.standfirst());
        }
        json.put("datePublished", Json.date(article.publishAt(), zone));
        json.put("dateModified", Json.date(latest(article), zone));
        json.put("inLanguage", language.code());
        json.put("articleSection", article.category().name().in(language));
        if (!article.tags().isEmpty()) {
            json.put(
                    "keywords",
                    article.tags().stream().map(t -> t.name().in(language)).toList());
        }
        if (!article.datelinePlace().isBlank()) {
            json.put("dateline", article.datelinePlace());
        }
        if (article.photo() != null) {
            json.put("image", List.of(image(article.photo(), language, chrome)));
        }
        json.put("author", authors(article, chrome, paths));
        json.put("publisher", organisation(chrome, false));
        json.put("isAccessibleForFree", true);
        if (!mentioned.isEmpty()) {
            json.put("mentions", mentions(mentioned, chrome));
        }
        if (!article.corrections().isEmpty()) {
            List<Map<String, Object>> corrections = new ArrayList<>();
            for (Correction correction : article.corrections()) {
                Map<String, Object> comment = new LinkedHashMap<>();
                comment.put("@type", "CorrectionComment");
                comment.put("text", correction.note());
                comment.put("datePublished", Json.date(correction.notedAt(), zone));
                corrections.add(comment);
            }
            json.put("correction", corrections);
        }
        return json;
    }

    /** Home, section, story. */
    static Map<String, Object> breadcrumbs(Article article, Chrome chrome, String categoryPath) {
        List<Map<String, Object>> items = List.of(
                crumb(1, chrome.t("nav.home"), chrome.absolute(chrome.homePath())),
                crumb(2, article.category().name().in(article.language()), chrome.absolute(categoryPath)),
                crumb(3, shorten(article.headline()), chrome.absolute(article.path())));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", CONTEXT);
        json.put("@type", "BreadcrumbList");
        json.put("itemListElement", items);
        return json;
    }

    /** The agency, with its logo and social profiles, for the home page. */
    static Map<String, Object> organisation(Chrome chrome, boolean standalone) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (standalone) {
            json.put("@context", CONTEXT);
        }
        json.put("@type", "NewsMediaOrganization");
        json.put("@id", chrome.absolute("/#organization"));
        json.put("name", chrome.siteName());
        json.put("url", chrome.absolute("/"));
        Map<String, Object> logo = new LinkedHashMap<>();
        logo.put("@type", "ImageObject");
        logo.put("url", chrome.absolute(PageMetadata.LOGO));
        logo.put("width", PageMetadata.LOGO_SIZE);
        logo.put("height", PageMetadata.LOGO_SIZE);
        json.put("logo", logo);
        if (standalone && !chrome.social().isEmpty()) {
            json.put("sameAs", chrome.social().stream().map(Link::href).toList());
        }
        return json;
    }

    /** The site in one language, published by the agency. */
    static Map<String, Object> website(Chrome chrome) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", CONTEXT);
        json.put("@type", "WebSite");
        json.put("name", chrome.siteName());
        json.put("url", chrome.absolute(chrome.homePath()));
        json.put("inLanguage", chrome.lang());
        json.put("publisher", Json.object("@id", chrome.absolute("/#organization")));
        return json;
    }

    private static Map<String, Object> image(Photo photo, Language language, Chrome chrome) {
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("@type", "ImageObject");
        image.put("url", chrome.absolute(photo.url()));
        image.put("width", photo.width());
        image.put("height", photo.height());
        String caption = photo.caption().in(language);
        if (!caption.isBlank()) {
            image.put("caption", caption);
        }
        if (photo.credit() != null && !photo.credit().isBlank()) {
            image.put("creditText", photo.credit());
        }
        return image;
    }

    /** The bylines as people with their pages; a story without a byline is the agency's own. */
    private static List<Map<String, Object>> authors(Article article, Chrome chrome, ArticlePaths paths) {
        if (article.authors().isEmpty()) {
            Map<String, Object> agency = new LinkedHashMap<>();
            agency.put("@type", "NewsMediaOrganization");
            agency.put("name", chrome.siteName());
            agency.put("url", chrome.absolute("/"));
            return List.of(agency);
        }
        List<Map<String, Object>> people = new ArrayList<>();
        for (Author author : article.authors()) {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("@type", "Person");
            person.put("name", author.name().in(article.language()));
            person.put("url", chrome.absolute(paths.author(article.language(), author.slug())));
            String role = author.role().in(article.language());
            if (!role.isBlank()) {
                person.put("jobTitle", role);
            }
            people.add(person);
        }
        return people;
    }

    /** The people, places and organisations the story names, linked to their pages on the site. */
    private static List<Map<String, Object>> mentions(List<Mentioned> mentioned, Chrome chrome) {
        List<Map<String, Object>> things = new ArrayList<>();
        for (Mentioned entity : mentioned) {
            Map<String, Object> thing = new LinkedHashMap<>();
            thing.put("@type", entity.isPerson() ? "Person" : entity.isPlace() ? "Place" : "Organization");
            thing.put("name", entity.name());
            thing.put("url", chrome.absolute(entity.path()));
            things.add(thing);
        }
        return things;
    }

    private static Map<String, Object> crumb(int position, String name, String url) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "ListItem");
        item.put("position", position);
        item.put("name", name);
        item.put("item", url);
        return item;
    }

    static Instant latest(Article article) {
        Instant modified = article.updatedAt();
        return modified == null || modified.isBefore(article.publishAt()) ? article.publishAt() : modified;
    }

    /** At most {@link #HEADLINE_LIMIT} characters, cut at a word with an ellipsis. */
    static String shorten(String headline) {
        if (headline.length() <= HEADLINE_LIMIT) {
            return headline;
        }
        String cut = headline.substring(0, HEADLINE_LIMIT - 1);
        int space = cut.lastIndexOf(' ');
        return (space > HEADLINE_LIMIT / 2 ? cut.substring(0, space) : cut).strip() + "…";
    }
}
