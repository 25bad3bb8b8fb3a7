package org.newsline.feed;

import org.newsline.article.Author;
import org.newsline.article.Category;
import org.newsline.article.ListFilter;
import org.newsline.article.Tag;
import org.newsline.platform.Language;

/**
 * What one feed carries: every story of a language, or those of one category, correspondent or tag.
 *
 * @param language the feed's language
 * @param name readable name of the category, correspondent or tag; empty for the whole site
 * @param pagePath the page listing the same stories, such as {@code /en/tag/oil}
 * @param filter which stories it lists
 */
public record FeedTopic(Language language, String name, String pagePath, ListFilter filter) {

    public static FeedTopic site(Language language) {
        return new FeedTopic(language, "", "/" + language.code() + "/", ListFilter.all());
    }

    public static FeedTopic category(Language language, Category category) {
        return new FeedTopic(
                language,
                category.name().in(language),
                "/" + language.code() + "/" + category.slug() + "/",
                ListFilter.category(category));
    }

    public static FeedTopic author(Language language, Author author) {
        return new FeedTopic(
                language,
                author.name().in(language),
                "/" + language.code() + "/author/" + author.slug(),
                ListFilter.author(author));
    }

    public static FeedTopic tag(Language language, Tag tag) {
        return new FeedTopic(
                language,
                "#" + tag.name().in(language),
                "/" + language.code() + "/tag/" + tag.slug(),
                ListFilter.tag(tag));
    }

    /** The feed's address in a format, such as {@code /en/tag/oil/feed.rss}. */
    public String path(FeedFormat format) {
        return (pagePath.endsWith("/") ? pagePath : pagePath + "/") + "feed." + format.extension();
    }
}
