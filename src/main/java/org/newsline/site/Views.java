package org.newsline.site;

import java.util.List;
import org.newsline.article.Article;
import org.newsline.article.ArticleSummary;
import org.newsline.feed.LiveNotice;
import org.newsline.review.ReviewViews.ReviewSection;
import org.newsline.web.Layout;
import org.newsline.web.Link;

/**
 * The typed view records of the public pages; each template takes exactly one of them. Public only because the
 * precompiled templates live in their own package.
 */
public final class Views {

    private Views() {}

    /**
     * The home page.
     *
     * @param layout shared layout
     * @param lead the main story and the next ones with photos
     * @param newsLine the latest stories for the News Line column
     * @param sections the latest stories of each category
     * @param live the "new stories" notice of the News Line column
     */
    public record HomePage(
            Layout layout,
            List<ArticleSummary> lead,
            List<ArticleSummary> newsLine,
            List<Section> sections,
            LiveNotice live) {

        public ArticleSummary main() {
            return lead.isEmpty() ? null : lead.get(0);
        }

        public List<ArticleSummary> secondary() {
            return lead.size() <= 1 ? List.of() : lead.subList(1, lead.size());
        }
    }

    /**
     * A category block on the home page.
     *
     * @param name category name
     * @param href category page
     * @param items its latest stories
     */
    public record Section(String name, String href, List<ArticleSummary> items) {}

    /**
     * The News Line: stories newest first, grouped by day.
     *
     * @param layout shared layout
     * @param days groups of stories by day in the agency's time zone
     * @param filters "all" and one link per category, the current one marked
     * @param olderHref the next page, or {@code null} at the end
     * @param firstPageHref the newest stories, or {@code null} when already on the first page
     * @param live the "new stories" notice, or {@code null} on older pages
     */
    public record NewsLinePage(
            Layout layout,
            List<Day> days,
            List<Link> filters,
            String olderHref,
            String firstPageHref,
            LiveNotice live) {}

    /**
     * Stories of one day.
     *
     * @param label "Today", "Yesterday" or the date
     * @param items stories of that day
     */
    public record Day(String label, List<ArticleSummary> items) {}

    /**
     * A category, correspondent or tag page.
     *
     * @param layout shared layout
     * @param kicker small heading above the title, such as the correspondent's role
     * @param heading the title
     * @param intro text below the title, such as a short biography, or empty
     * @param items stories on this page
     * @param olderHref next page, or {@code null}
     */
    public record ListingPage(
            Layout layout, String kicker, String heading, String intro, List<ArticleSummary> items, String olderHref) {}

    /**
     * An article.
     *
     * @param layout shared layout
     * @param article the story
     * @param categoryHref its category page
     * @param bylines correspondents with their role, linking to their pages
     * @param tags tag links
     * @param otherLanguages the story in other languages
     * @param related related stories
     * @param caption the photo caption in the article's language
     * @param share links that share the story on social networks or by e-mail
     * @param reviews reader reviews and the form to leave one
     */
    public record ArticlePage(
            Layout layout,
            Article article,
            String categoryHref,
            List<Byline> bylines,
            List<Link> tags,
            List<Link> otherLanguages,
            List<ArticleSummary> related,
            String caption,
            List<Link> share,
            List<Link> speakers,
            ReviewSection reviews) {}

    /**
     * One correspondent in a byline.
     *
     * @param name name in the article's script
     * @param role role title, such as "U.S. correspondent"
     * @param href their page
     */
    public record Byline(String name, String role, String href) {}
}
