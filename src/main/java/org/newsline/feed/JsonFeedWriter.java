package org.newsline.feed;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Writes JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
final class JsonFeedWriter {

    private JsonFeedWriter() {}

    static byte[] write(
            FeedHeader header,
            List<FeedItem> items,
            UnaryOperator<String> absolute,
            String guidPrefix,
            boolean fullText,
            ZoneId zone) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", header.title());
        feed.put("home_page_url", header.pageUrl());
        feed.put("feed_url", header.selfUrl());
        feed.put("description", header.description());
        feed.put("icon", header.logoUrl());
        feed.put("language", header.language());
        feed.put("authors", List.of(Json.object("name", header.publisher())));
        if (header.hubUrl() != null) {
            feed.put("hubs", List.of(Json.object("type", "WebSub", "url", header.hubUrl())));
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        for (FeedItem item : items) {
            entries.add(item(item, absolute, guidPrefix, fullText, zone));
        }
        feed.put("items", entries);
        return Json.bytes(feed);
    }

    private static Map<String, Object> item(
            FeedItem item, UnaryOperator<String> absolute, String guidPrefix, boolean fullText, ZoneId zone) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", guidPrefix + item.id());
        entry.put("url", absolute.apply(item.path()));
        entry.put("title", item.headline());
        String summary = item.standfirst().isBlank() ? item.headline() : item.standfirst();
        if (fullText && item.bodyHtml() != null) {
            entry.put("content_html", item.bodyHtml());
        } else {
            entry.put("content_text", summary);
        }
        entry.put("summary", summary);
        entry.put("date_published", Json.date(item.publishAt(), zone));
        entry.put("date_modified", Json.date(item.modifiedAt(), zone));
        List<Map<String, Object>> authors = new ArrayList<>();
        for (FeedItem.Byline byline : item.authors()) {
            authors.add(Json.object("name", byline.name(), "url", absolute.apply(byline.path())));
        }
        if (!authors.isEmpty()) {
            entry.put("authors", authors);
        }
        List<String> tags = new ArrayList<>();
        tags.add(item.category().name().in(item.language()));
        tags.addAll(item.tags());
        entry.put("tags", tags);
        entry.put("language", item.language().code());
        // JSON Feed has no place for urgency or a photo credit; its extension rule (a key with a leading
        // underscore holding an object) carries them.
        Map<String, Object> extension = new LinkedHashMap<>();
        extension.put("urgency", item.urgency().code());
        if (item.photo() != null) {
            String url = absolute.apply(item.photo().path());
            entry.put("image", url);
            Map<String, Object> photo = new LinkedHashMap<>();
            photo.put("url", url);
            photo.put("caption", item.photo().caption());
            photo.put("credit", item.photo().credit());
            extension.put("photo", photo);
        }
        entry.put("_newsline", extension);
        return entry;
    }
}
