package org.newsline.feed;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.newsline.article.ArticleRepository;
import org.newsline.platform.Language;
import org.newsline.web.CacheTags;
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
 * Feeds of the whole site, a category, a correspondent or a tag, in RSS, Atom and JSON Feed. Answers carry
 * an ETag and Last-Modified, so unchanged feeds answer 304 (Spring compares them for ResponseEntity). They are
 * kept in the page cache under the tags of their language's lists and of every story in them.
 */
@Controller
class FeedController {

    private static final String FORMATS = "{format:rss|atom|json}";

    private final FeedService feeds;
    private final ArticleRepository articles;

    FeedController(FeedService feeds, ArticleRepository articles) {
        this.feeds = feeds;
        this.articles = articles;
    }

    @GetMapping("/{lang:az|ru|en}/feed." + FORMATS)
    ResponseEntity<byte[]> site(@PathVariable String lang, @PathVariable String format) {
        return answer(format, FeedTopic.site(Language.of(lang)));
    }

    @GetMapping("/{lang:az|ru|en}/{category:[a-z][a-z0-9-]*}/feed." + FORMATS)
    ResponseEntity<byte[]> category(
            @PathVariable String lang, @PathVariable String category, @PathVariable String format) {
        return answer(
                format,
                FeedTopic.category(
                        Language.of(lang),
                        articles.findCategory(category)
                                .orElseThrow(() -> new PageNotFoundException("No section " + category))));
    }

    @GetMapping("/{lang:az|ru|en}/author/{slug}/feed." + FORMATS)
    ResponseEntity<byte[]> author(@PathVariable String lang, @PathVariable String slug, @PathVariable String format) {
        return answer(
                format,
                FeedTopic.author(
                        Language.of(lang),
                        articles.findAuthor(slug)
                                .orElseThrow(() -> new PageNotFoundException("No correspondent " + slug))));
    }

    @GetMapping("/{lang:az|ru|en}/tag/{slug}/feed." + FORMATS)
    ResponseEntity<byte[]> tag(@PathVariable String lang, @PathVariable String slug, @PathVariable String format) {
        return answer(
                format,
                FeedTopic.tag(
                        Language.of(lang),
                        articles.findTag(slug).orElseThrow(() -> new PageNotFoundException("No tag " + slug))));
    }

    private static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }

    private ResponseEntity<byte[]> answer(String extension, FeedTopic topic) {
        FeedFormat format = FeedFormat.fromExtension(extension)
                .orElseThrow(() -> new PageNotFoundException("No feed format " + extension));
        FeedService.Rendered feed = feeds.render(format, topic);
        List<String> tags = new ArrayList<>();
        tags.add(CacheTags.lists(topic.language().code()));
        feed.storyIds().forEach(id -> tags.add(CacheTags.article(id)));
        PageCache.tag(request(), tags);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType() + ";charset=UTF-8"))
                .eTag(feed.etag())
                .lastModified(feed.lastModified())
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .body(feed.body());
    }
}
