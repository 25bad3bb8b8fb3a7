package org.newsline.wire;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pull API for subscribers: entitled changes after a cursor, single items and versions, and the log of
 * what was pushed to them. Format by {@code ?format=ninjs|ninjs3|newsml} or the {@code Accept} header.
 */
@RestController
class WireApiController {

    private final WirePull pull;
    private final WireRenderer renderer;
    private final Subscribers subscribers;
    private final WireProperties properties;
    private final ItemReader items;

    WireApiController(
            WirePull pull,
            WireRenderer renderer,
            Subscribers subscribers,
            WireProperties properties,
            ItemReader items) {
        this.items = items;
        this.pull = pull;
        this.renderer = renderer;
        this.subscribers = subscribers;
        this.properties = properties;
    }

    @GetMapping("/wire/v1/items")
    ResponseEntity<String> items(
            @AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) String since,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        WireFormat wanted = WireFormat.requested(format, accept);
        WirePull.Page page = pull.page(caller.subscriberId(), cursor(since), limit(limit));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(WireRenderer.pageMediaType(wanted) + ";charset=UTF-8"))
                .header("X-Newsline-Next", page.next())
                .body(renderer.page(page.items(), page.next(), wanted));
    }

    @GetMapping("/wire/v1/items/{guid}")
    ResponseEntity<String> item(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String guid,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return one(pull.item(caller.subscriberId(), guid, null), WireFormat.requested(format, accept));
    }

    @GetMapping("/wire/v1/items/{guid}/versions/{version}")
    ResponseEntity<String> version(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String guid,
            @PathVariable String version,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        if (!version.matches("[1-9][0-9]{0,8}")) {
            throw new WirePull.WireItemNotFoundException("Item " + guid + " has no version '" + version + "'");
        }
        return one(
                pull.item(caller.subscriberId(), guid, Integer.parseInt(version)),
                WireFormat.requested(format, accept));
    }

    @GetMapping("/wire/v1/deliveries")
    Map<String, Object> deliveries(
            @AuthenticationPrincipal Caller caller, @RequestParam(required = false) String limit) {
        List<Delivery> log = subscribers.deliveries(caller.subscriberId(), limit(limit));
        return Map.of(
                "deliveries",
                log.stream()
                        .map(d -> DeliveryJson.of(d, items.guid(d.articleId())))
                        .toList());
    }

    private ResponseEntity<String> one(WireItem item, WireFormat format) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType() + ";charset=UTF-8"))
                .body(renderer.item(item, format));
    }

    private static long cursor(String since) {
        if (since == null || since.isBlank()) {
            return 0;
        }
        if (!since.strip().matches("[0-9]{1,18}")) {
            throw new IllegalArgumentException("Not a cursor: '" + since + "'; pass the 'next' of the last page");
        }
        return Long.parseLong(since.strip());
    }

    private int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return Math.min(50, properties.maxItems());
        }
        if (!limit.strip().matches("[0-9]{1,6}")
                || Integer.parseInt(limit.strip()) < 1
                || Integer.parseInt(limit.strip()) > properties.maxItems()) {
            throw new IllegalArgumentException(
                    "limit must be a number from 1 to " + properties.maxItems() + ": '" + limit + "'");
        }
        return Integer.parseInt(limit.strip());
    }
}
