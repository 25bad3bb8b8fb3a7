package org.newsline.wire;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsline.wire.WireItem.Picture;
import org.newsline.wire.WireItem.Subject;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes items as IPTC ninjs: 2.1 (lower-case property names) or 3.1 (camelCase). Documents are ordered
 * maps serialised by Jackson, which escapes every string.
 */
final class NinjsWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final boolean v3;

    NinjsWriter(WireFormat format) {
        this.v3 = format == WireFormat.NINJS3;
    }

    String write(WireItem item) {
        return MAPPER.writeValueAsString(document(item));
    }

    /** A pull page: the items and the cursor to continue from. */
    String page(List<WireItem> items, String next) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("next", next);
        page.put("items", items.stream().map(this::document).toList());
        return MAPPER.writeValueAsString(page);
    }

    Map<String, Object> document(WireItem item) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("uri", item.guid());
        doc.put("type", "text");
        doc.put(name("representationtype"), "full");
        doc.put("version", Integer.toString(item.version()));
        doc.put(name("firstcreated"), time(item.firstCreated()));
        doc.put(name("versioncreated"), time(item.versionCreated()));
        if (item.embargoUntil() != null) {
            doc.put(v3 ? "embargoedUntil" : "embargoed", time(item.embargoUntil()));
        }
        doc.put(name("pubstatus"), item.pubStatus());
        doc.put("urgency", item.urgency());
        doc.put("language", item.language().code());
        if (!item.edNote().isEmpty()) {
            doc.put(name("ednote"), item.edNote());
        }
        doc.put("headlines", List.of(text("main", null, item.headline())));
        if (!item.standfirst().isBlank()) {
            doc.put("descriptions", List.of(text("summary", null, item.standfirst())));
        }
        doc.put(
                "bodies",
                List.of(text("main", "text/html", item.bodyHtml()), text("plain", "text/plain", item.bodyText())));
        if (!item.bylines().isEmpty()) {
            doc.put("by", String.join(", ", item.bylines()));
        }
        if (!item.located().isBlank()) {
            doc.put("located", item.located());
        }
        List<Map<String, Object>> subjects = new ArrayList<>();
        subjects.add(subject(item.category()));
        item.tags().forEach(tag -> subjects.add(subject(tag)));
        doc.put("subjects", subjects);
        mentions(doc, "people", item, WireItem.Mention::isPerson);
        mentions(doc, "organisations", item, WireItem.Mention::isOrganisation);
        mentions(doc, "places", item, WireItem.Mention::isPlace);
        if (item.photo() != null) {
            doc.put("associations", List.of(picture(item.photo(), item)));
        }
        doc.put(name("altids"), List.of(Map.of("role", "web", "value", item.webUrl())));
        Map<String, Object> standard = new LinkedHashMap<>();
        standard.put("name", "ninjs");
        standard.put("version", v3 ? "3.1" : "2.1");
        standard.put("schema", "http://www.iptc.org/std/ninjs/ninjs-schema_" + (v3 ? "3.1" : "2.1") + ".json#");
        doc.put("standard", standard);
        return doc;
    }

    private Map<String, Object> picture(Picture photo, WireItem item) {
        Map<String, Object> picture = new LinkedHashMap<>();
        picture.put("name", "mainpicture");
        if (v3) {
            picture.put("rel", "mainpicture");
        }
        picture.put("uri", photo.uri());
        picture.put("type", "picture");
        picture.put("language", item.language().code());
        if (!photo.caption().isBlank()) {
            picture.put("descriptions", List.of(text("caption", null, photo.caption())));
        }
        if (!photo.credit().isBlank()) {
            picture.put("by", photo.credit());
        }
        Map<String, Object> rendition = new LinkedHashMap<>();
        rendition.put("name", "original");
        rendition.put("href", photo.href());
        rendition.put(name("contenttype"), photo.contentType());
        rendition.put("width", photo.width());
        rendition.put("height", photo.height());
        picture.put("renditions", List.of(rendition));
        return picture;
    }

    /** The registry entities of one kind the story names (ninjs 2.x and 3.x spell these the same). */
    private static void mentions(
            Map<String, Object> doc,
            String property,
            WireItem item,
            java.util.function.Predicate<WireItem.Mention> kind) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (WireItem.Mention mention : item.mentions()) {
            if (kind.test(mention)) {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("name", mention.name());
                map.put("rel", "mentioned");
                map.put("uri", mention.uri());
                map.put("literal", mention.slug());
                found.add(map);
            }
        }
        if (!found.isEmpty()) {
            doc.put(property, found);
        }
    }

    private Map<String, Object> subject(Subject subject) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", subject.name());
        map.put("rel", subject.scheme());
        map.put("uri", subject.uri());
        map.put("literal", subject.slug());
        return map;
    }

    private Map<String, Object> text(String role, String contentType, String value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("role", role);
        if (contentType != null) {
            map.put(name("contenttype"), contentType);
        }
        map.put("value", value);
        return map;
    }

    /** The property name in this version: ninjs 3 spells compound names in camelCase. */
    private String name(String lowerCase) {
        if (!v3) {
            return lowerCase;
        }
        return switch (lowerCase) {
            case "representationtype" -> "representationType";
            case "firstcreated" -> "firstCreated";
            case "versioncreated" -> "versionCreated";
            case "pubstatus" -> "pubStatus";
            case "ednote" -> "edNote";
            case "contenttype" -> "contentType";
            case "altids" -> "altIds";
            default -> lowerCase;
        };
    }

    static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
