package org.newsline.quote;

import java.util.List;
import org.newsline.quote.Statements.Statement;
import org.newsline.web.Layout;
import org.newsline.web.Link;

/** View records of the person and topic pages. */
public final class QuoteViews {

    private QuoteViews() {}

    /**
     * Quotes under one heading: a topic on a person's page, a speaker on a topic page.
     *
     * @param heading the topic or the speaker
     * @param href its page
     * @param statements newest first
     */
    public record Group(String heading, String href, List<Statement> statements) {}

    /**
     * A person's statements, grouped by topic.
     *
     * @param layout page chrome
     * @param name the person's name in the page's language
     * @param topics filter links: all topics, then each topic the person spoke on
     * @param groups one group per topic, newest statements first
     */
    public record PersonPage(Layout layout, String name, List<Link> topics, List<Group> groups) {}

    /**
     * Who said what about a topic: a tag, a place or an organisation.
     *
     * @param layout page chrome
     * @param name the topic's name
     * @param kicker what kind of topic it is
     * @param groups one group per speaker
     */
    public record TopicPage(Layout layout, String name, String kicker, List<Group> groups) {}
}
