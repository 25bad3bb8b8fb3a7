package org.newsline.wire;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued pushes. Each push is claimed and sent inside one transaction: its row stays locked while the
 * webhook is called, other nodes skip it, and the result commits with the claim. A node that dies mid-push
 * leaves the row pending, and it is sent again with the same delivery id (at least once). Failed attempts
 * are retried with exponential backoff until {@code newsline.wire.give-up-after}, then marked failed for an
 * admin to replay.
 */
@Component
class PushWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PushWorker.class);
    private static final Duration POLL = Duration.ofSeconds(1);

    private final DeliveryRepository deliveries;
    private final SubscriberRepository subscribers;
    private final ItemReader items;
    private final WireRenderer renderer;
    private final WebhookTargets targets;
    private final WebhookClient client;
    private final TransactionTemplate transaction;
    private final WireProperties properties;
    private final Clock clock;
    private final Semaphore wakeUp = new Semaphore(0);
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    PushWorker(
            DeliveryRepository deliveries,
            SubscriberRepository subscribers,
            ItemReader items,
            WireRenderer renderer,
            WebhookTargets targets,
            WebhookClient client,
            TransactionTemplate transaction,
            WireProperties properties,
            Clock clock) {
        this.deliveries = deliveries;
        this.subscribers = subscribers;
        this.items = items;
        this.renderer = renderer;
        this.targets = targets;
        this.client = client;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < properties.pushThreads(); i++) {
            Thread thread = new Thread(this::loop, "wire-push-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    @Override
    public void stop() {
        running = false;
        threads.forEach(Thread::interrupt);
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** New pushes were queued: every idle worker looks at once. */
    void wake() {
        wakeUp.release(properties.pushThreads());
    }

    private void loop() {
        while (running) {
            try {
                while (running && sendOne()) {
                    // keep going while pushes are due
                }
            } catch (RuntimeException e) {
                log.warn("Wire push worker could not claim pushes: {}", e.toString());
            }
            try {
                wakeUp.tryAcquire(POLL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Claims and sends one due push; false when none is due. */
    boolean sendOne() {
        Boolean sent = transaction.execute(status -> {
            Optional<Delivery> claimed = deliveries.claim(clock.instant());
            claimed.ifPresent(this::send);
            return claimed.isPresent();
        });
        return Boolean.TRUE.equals(sent);
    }

    private void send(Delivery delivery) {
        Optional<Subscriber> subscriber = subscribers.find(delivery.subscriberId());
        Optional<String> secret = subscribers.secret(delivery.subscriberId());
        if (subscriber.isEmpty() || !subscriber.get().active() || secret.isEmpty()) {
            deliveries.attemptFailed(delivery.id(), null, "The subscriber is suspended or has no webhook", null);
            return;
        }
        URI url;
        try {
            url = targets.check(subscriber.get().webhookUrl());
        } catch (IllegalArgumentException refused) {
            retryOrGiveUp(delivery, null, refused.getMessage());
            return;
        }
        Optional<WireItem> item = items.read(
                new ChangeRef(delivery.changeId(), delivery.articleId(), delivery.kind(), delivery.version()));
        if (item.isEmpty()) {
            deliveries.attemptFailed(
                    delivery.id(), null, "The story's version " + delivery.version() + " is gone", null);
            return;
        }
        WireFormat format = subscriber.get().webhookFormat();
        byte[] body = renderer.item(item.get(), format).getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        WebhookClient.Outcome outcome =
                client.post(url, delivery.deliveryKey(), secret.get(), timestamp, format.mediaType(), body);
        if (outcome.accepted()) {
            deliveries.delivered(delivery.id(), outcome.status(), clock.instant());
        } else {
            retryOrGiveUp(delivery, outcome.status(), outcome.error());
        }
    }

    private void retryOrGiveUp(Delivery delivery, Integer status, String error) {
        Instant now = clock.instant();
        Instant retryAt = now.plus(properties.backoff(delivery.attempts() + 1));
        boolean giveUp = retryAt.isAfter(delivery.createdAt().plus(properties.giveUpAfter()));
        deliveries.attemptFailed(delivery.id(), status, error, giveUp ? null : retryAt);
    }
}
