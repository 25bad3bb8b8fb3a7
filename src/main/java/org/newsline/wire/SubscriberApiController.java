package org.newsline.wire;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsline.account.CurrentStaff;
import org.newsline.account.Role;
import org.newsline.account.StaffUser;
import org.newsline.wire.Subscriber.Product;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Subscriber management for admins through the staff API (personal bearer tokens of an admin). */
@RestController
class SubscriberApiController {

    private final Subscribers subscribers;
    private final ItemReader items;

    SubscriberApiController(Subscribers subscribers, ItemReader items) {
        this.subscribers = subscribers;
        this.items = items;
    }

    /**
     * A subscriber as sent: name, contact, products, early embargo, webhook {url, format}, rate limit.
     *
     * @param name name
     * @param contact contact
     * @param products entitlements
     * @param earlyEmbargo whether embargoed stories arrive early
     * @param webhook push address and format, or {@code null}
     * @param requestsPerMinute pull rate limit per key, or {@code null} for 600
     */
    record SubscriberInput(
            String name,
            String contact,
            List<Product> products,
            Boolean earlyEmbargo,
            WebhookInput webhook,
            Integer requestsPerMinute) {}

    /**
     * A webhook as sent.
     *
     * @param url https address
     * @param format ninjs (default), ninjs3 or newsml
     */
    record WebhookInput(String url, String format) {}

    @PostMapping("/api/v1/subscribers")
    ResponseEntity<Map<String, Object>> create(@RequestBody SubscriberInput input) {
        WireFormat format = WireFormat.NINJS;
        if (input.webhook() != null && input.webhook().format() != null) {
            format = WireFormat.fromCode(input.webhook().format())
                    .orElseThrow(() -> new IllegalArgumentException(
                            "Unknown format '" + input.webhook().format() + "'; use ninjs, ninjs3 or newsml"));
        }
        NewSubscriber request = new NewSubscriber(
                input.name(),
                input.contact(),
                input.products(),
                Boolean.TRUE.equals(input.earlyEmbargo()),
                input.webhook() == null ? null : input.webhook().url(),
                format,
                input.requestsPerMinute() == null ? 600 : input.requestsPerMinute());
        Subscribers.Created created = subscribers.create(admin(), request);
        Map<String, Object> json = json(created.subscriber());
        json.put("webhookSecret", created.webhookSecret());
        return ResponseEntity.created(
                        URI.create("/api/v1/subscribers/" + created.subscriber().id()))
                .body(json);
    }

    @GetMapping("/api/v1/subscribers")
    Map<String, Object> list() {
        admin();
        return Map.of("subscribers", subscribers.list().stream().map(this::json).toList());
    }

    @GetMapping("/api/v1/subscribers/{id}")
    Map<String, Object> show(@PathVariable long id) {
        admin();
        Map<String, Object> json = json(subscribers.get(id));
        json.put("keys", subscribers.keys(id));
        json.put(
                "deliveries",
                subscribers.deliveries(id, 100).stream()
                        .map(d -> DeliveryJson.of(d, items.guid(d.articleId())))
                        .toList());
        return json;
    }

    @PostMapping("/api/v1/subscribers/{id}/keys")
    ResponseEntity<Map<String, Object>> createKey(@PathVariable long id) {
        String key = subscribers.createKey(admin(), id);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("key", key));
    }

    @DeleteMapping("/api/v1/subscribers/{id}/keys/{keyId}")
    ResponseEntity<Void> revokeKey(@PathVariable long id, @PathVariable long keyId) {
        subscribers.revokeKey(admin(), id, keyId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/subscribers/{id}/deliveries/{deliveryId}/replay")
    ResponseEntity<Void> replay(@PathVariable long id, @PathVariable long deliveryId) {
        subscribers.replay(admin(), id, deliveryId);
        return ResponseEntity.accepted().build();
    }

    private Map<String, Object> json(Subscriber s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", s.id());
        json.put("name", s.name());
        json.put("contact", s.contact());
        json.put("status", s.status());
        json.put("earlyEmbargo", s.earlyEmbargo());
        json.put("products", s.products());
        json.put(
                "webhook",
                s.webhookUrl() == null
                        ? null
                        : Map.of(
                                "url",
                                s.webhookUrl(),
                                "format",
                                s.webhookFormat().code()));
        json.put("requestsPerMinute", s.requestsPerMinute());
        json.put("createdAt", s.createdAt().toString());
        return json;
    }

    private static StaffUser admin() {
        StaffUser user = CurrentStaff.user().orElseThrow(() -> new AccessDeniedException("Sign in"));
        if (!user.can(Role.ADMIN)) {
            throw new AccessDeniedException("Only admins manage subscribers");
        }
        return user;
    }
}
