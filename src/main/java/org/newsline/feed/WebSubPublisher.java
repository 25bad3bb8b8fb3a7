package org.newsline.feed;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsline.article.ArticlePaths;
import org.newsline.article.Change;
import org.newsline.article.ChangeListener;
import org.newsline.article.ListFilter;
import org.newsline.platform.Language;
import org.newsline.web.Chrome;
import org.newsline.web.ChromeSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Pings the WebSub hub ({@code newsline.feed.websub-hub}) with every feed a change may have changed: the
 * language's site feeds and those of the story's category, correspondents and tags, in every format. The
 * hub then fetches them and pushes them to subscribers.
 *
 * <p>One position is shared by all nodes (follower name {@code websub}): the hub needs one ping per change,
 * not one per node. A ping is a hint, so a hub that cannot be reached is logged and not retried; the feeds
 * themselves are always current and the next change pings again. It starts at the end of the log, so a
 * newly configured hub is not flooded with the site's history.
 */
@Component
class WebSubPublisher implements ChangeListener {

    private static final Logger log = LoggerFactory.getLogger(WebSubPublisher.class);

    private final FeedRepository repository;
    private final ChromeSource chromeSource;
    private final ArticlePaths paths;
    private final FeedProperties properties;
    private final HttpClient http;

    WebSubPublisher(
            FeedRepository repository, ChromeSource chromeSource, ArticlePaths paths, FeedProperties properties) {
        this.repository = repository;
        this.paths = paths;
        this.chromeSource = chromeSource;
        this.properties = properties;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.websubTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public String followerName() {
        return "websub";
    }

    @Override
    public long startAfter() {
        return Long.MAX_VALUE;
    }

    @Override
    public void onChanges(List<Change> changes) {
        if (!properties.hasHub()) {
            return;
        }
        Set<String> topics = new LinkedHashSet<>();
        for (Change change : changes) {
            if (!change.changesStory() || change.kind().equals("embargoed")) {
                continue; // a reader review changes no feed; an embargoed story is not public until its release
            }
            repository.topicsOf(change.articleId()).ifPresent(story -> topics.addAll(feedsOf(story)));
        }
        topics.forEach(this::ping);
    }

    /** Every feed that lists the story, as absolute addresses. */
    private List<String> feedsOf(FeedRepository.Topics story) {
        Language language = story.language();
        List<String> pages = new ArrayList<>();
        pages.add(paths.home(language));
        pages.add(paths.category(language, story.category()));
        story.authors().forEach(author -> pages.add(paths.author(language, author)));
        story.tags().forEach(tag -> pages.add(paths.tag(language, tag)));
        List<String> feeds = new ArrayList<>();
        Chrome chrome = chromeSource.chrome(language.code());
        for (String page : pages) {
            FeedTopic topic = new FeedTopic(language, "", page, ListFilter.all());
            for (FeedFormat format : FeedFormat.values()) {
                feeds.add(chrome.absolute(topic.path(format)));
            }
        }
        return feeds;
    }

    private void ping(String topic) {
        String form = "hub.mode=publish&hub.url=" + URLEncoder.encode(topic, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(properties.websubHub())
                .timeout(properties.websubTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                log.warn(
                        "WebSub hub {} answered {} to a ping for {}",
                        properties.websubHub(),
                        response.statusCode(),
                        topic);
            }
        } catch (IOException e) {
            log.warn("WebSub hub {} could not be pinged for {}: {}", properties.websubHub(), topic, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
