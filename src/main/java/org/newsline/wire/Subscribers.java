package org.newsline.wire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsline.account.AuditLog;
import org.newsline.account.StaffUser;
import org.newsline.wire.Subscriber.Key;
import org.newsline.wire.Subscriber.Product;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manages subscribers for admins (newsroom screen and API): entitlements, webhook, pull keys, and replays of
 * failed pushes. Keys and webhook secrets are long random strings shown once; only a SHA-256 of a key is
 * kept, while the webhook secret must be kept to sign pushes.
 */
@Service
@Transactional
public class Subscribers {

    private static final String KEY_PREFIX = "nlw_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> LANGUAGES = Set.of("az", "ru", "en");

    private final SubscriberRepository repository;
    private final DeliveryRepository deliveries;
    private final WebhookTargets targets;
    private final AuditLog audit;
    private final Clock clock;

    Subscribers(
            SubscriberRepository repository,
            DeliveryRepository deliveries,
            WebhookTargets targets,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.deliveries = deliveries;
        this.targets = targets;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates a subscriber; pushes start with the next change.
     *
     * @return the subscriber and its webhook secret ({@code null} without a webhook), shown only now
     * @throws IllegalArgumentException naming the first thing wrong with the request
     */
    public Created create(StaffUser actor, NewSubscriber request) {
        if (request.name().isEmpty() || request.name().length() > 200) {
            throw new IllegalArgumentException("A subscriber needs a name of 1 to 200 characters");
        }
        if (request.products().isEmpty()) {
            throw new IllegalArgumentException("A subscriber needs at least one product (languages × categories)");
        }
        for (Product product : request.products()) {
            product.rank();
            for (String language : product.languages()) {
                if (!LANGUAGES.contains(language)) {
                    throw new IllegalArgumentException("Unknown language '" + language + "'; use az, ru or en");
                }
            }
            List<String> unknown = repository.unknownCategories(product.categories());
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("Unknown category '" + unknown.get(0) + "'");
            }
        }
        String secret = null;
        if (request.webhookUrl() != null) {
            targets.check(request.webhookUrl());
            secret = "whsec_" + random();
        }
        long id = repository.insert(request, secret, clock.instant());
        audit.record(actor, "subscriber.create", "subscriber:" + id, request.name());
        return new Created(repository.find(id).orElseThrow(), secret);
    }

    /** Makes a new pull key; the key is returned once and never stored. */
    public String createKey(StaffUser actor, long subscriberId) {
        get(subscriberId);
        String key = KEY_PREFIX + random();
        long keyId = repository.insertKey(subscriberId, hash(key), key.substring(0, 10), clock.instant());
        audit.record(actor, "subscriber.key.create", "subscriber:" + subscriberId, "key " + keyId);
        return key;
    }

    public void revokeKey(StaffUser actor, long subscriberId, long keyId) {
        if (!repository.revokeKey(subscriberId, keyId, clock.instant())) {
            throw new SubscriberNotFoundException("Subscriber " + subscriberId + " has no key " + keyId);
        }
        audit.record(actor, "subscriber.key.revoke", "subscriber:" + subscriberId, "key " + keyId);
    }

    /** Suspends ({@code false}: no pull, no push) or reactivates a subscriber. */
    public void setActive(StaffUser actor, long subscriberId, boolean active) {
        if (!repository.setStatus(subscriberId, active ? "active" : "suspended")) {
            throw new SubscriberNotFoundException("No subscriber " + subscriberId);
        }
        audit.record(actor, active ? "subscriber.activate" : "subscriber.suspend", "subscriber:" + subscriberId, "");
    }

    /** Sends a failed push again from now on, with a fresh retry budget. */
    public void replay(StaffUser actor, long subscriberId, long deliveryId) {
        if (!deliveries.replay(subscriberId, deliveryId, clock.instant())) {
            throw new SubscriberNotFoundException(
                    "Subscriber " + subscriberId + " has no failed delivery " + deliveryId);
        }
        audit.record(actor, "subscriber.delivery.replay", "subscriber:" + subscriberId, "delivery " + deliveryId);
    }

    @Transactional(readOnly = true)
    public List<Subscriber> list() {
        return repository.list();
    }

    @Transactional(readOnly = true)
    public Optional<Subscriber> find(long id) {
        return repository.find(id);
    }

    @Transactional(readOnly = true)
    public Subscriber get(long id) {
        return repository.find(id).orElseThrow(() -> new SubscriberNotFoundException("No subscriber " + id));
    }

    @Transactional(readOnly = true)
    public List<Key> keys(long subscriberId) {
        return repository.keys(subscriberId);
    }

    /** The newest pushes to a subscriber first. */
    @Transactional(readOnly = true)
    public List<Delivery> deliveries(long subscriberId, int limit) {
        return deliveries.latest(subscriberId, limit);
    }

    /** The caller a pull key belongs to, if valid; notes its use. */
    Optional<Caller> authenticate(String key) {
        if (key == null || !key.startsWith(KEY_PREFIX) || key.length() > 100) {
            return Optional.empty();
        }
        return repository.authenticate(hash(key), clock.instant());
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A new subscriber.
     *
     * @param subscriber as stored
     * @param webhookSecret the signing secret, shown once; {@code null} without a webhook
     */
    public record Created(Subscriber subscriber, String webhookSecret) {}
}
