package org.newsline.feed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.newsline.article.ArticlePaths;
import org.newsline.article.Change;
import org.newsline.article.ChangeLogRepository;
import org.newsline.web.Chrome;
import org.newsline.web.ChromeSource;
import org.springframework.stereotype.Service;

/**
 * Renders feeds and remembers the result per position of the change log: any change readers can see moves
 * the log on, so a cached feed is never served after the stories in it changed. Stories scheduled for later
 * become visible without a log entry; the cache also forgets after a minute for them.
 */
@Service
class FeedService {

    private final FeedRepository repository;
    private final ChangeLogRepository changes;
    private final ChromeSource chromeSource;
    private final ArticlePaths paths;
    private final FeedProperties properties;
    private final Cache<Key, Rendered> cache = Caffeine.newBuilder()
            .maximumSize(500)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();

    FeedService(
            FeedRepository repository,
            ChangeLogRepository changes,
            ChromeSource chromeSource,
            ArticlePaths paths,
            FeedProperties properties) {
        this.repository = repository;
        this.changes = changes;
        this.chromeSource = chromeSource;
        this.paths = paths;
        this.properties = properties;
    }

    /** The feed as it is now, with the validators that conditional requests compare. */
    Rendered render(FeedFormat format, FeedTopic topic) {
        Change latest = changes.latest().orElse(null);
        Key key = new Key(format, topic.pagePath(), latest == null ? 0 : latest.id());
        return cache.get(key, k -> renderNow(format, topic, latest));
    }

    private Rendered renderNow(FeedFormat format, FeedTopic topic, Change latest) {
        Chrome chrome = chromeSource.chrome(topic.language().code());
        List<FeedItem> items =
                repository.latest(topic.language(), topic.filter(), properties.items(), properties.fullText());
        Instant updated = latest == null ? Instant.EPOCH : latest.occurredAt();
        for (FeedItem item : items) {
            if (item.modifiedAt().isAfter(updated)) {
                updated = item.modifiedAt();
            }
        }
        updated = updated.truncatedTo(ChronoUnit.SECONDS);
        String title = topic.name().isEmpty() ? chrome.siteName() : chrome.siteName() + " — " + topic.name();
        String description =
                topic.name().isEmpty() ? chrome.t("home.description") : chrome.t("feed.description", topic.name());
        FeedHeader header = new FeedHeader(
                properties.feedId(topic.pagePath()),
                title,
                description,
                topic.language().code(),
                chrome.absolute(topic.pagePath()),
                chrome.absolute(topic.path(format)),
                properties.hasHub() ? properties.websubHub().toString() : null,
                chrome.siteName(),
                chrome.absolute(PageMetadata.LOGO),
                updated);
        byte[] body = format == FeedFormat.JSON
                ? JsonFeedWriter.write(
                        header, items, chrome::absolute, properties.guidPrefix(), properties.fullText(), paths.zone())
                : SyndicationWriter.write(
                        format, header, items, chrome::absolute, properties.guidPrefix(), properties.fullText());
        return new Rendered(
                body, etag(body), updated, items.stream().map(FeedItem::id).toList());
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * A rendered feed.
     *
     * @param body the document
     * @param etag strong entity tag of the bytes
     * @param lastModified the newest change among the log and the feed's stories
     * @param storyIds the stories in it
     */
    record Rendered(byte[] body, String etag, Instant lastModified, List<Long> storyIds) {}

    private record Key(FeedFormat format, String topic, long changeId) {}
}
