package org.newsline.newsroom;

import java.util.List;
import org.newsline.newsroom.NewsroomViews.Frame;
import org.newsline.wire.Subscriber;

/** View records of the wire subscriber screens (admins only). Public for the precompiled templates. */
public final class SubscriberViews {

    private SubscriberViews() {}

    /**
     * All subscribers and the form for a new one.
     *
     * @param frame chrome
     * @param subscribers every subscriber
     * @param categories category slugs to choose from
     */
    public record SubscribersPage(Frame frame, List<Subscriber> subscribers, List<String> categories) {}

    /**
     * One subscriber: entitlements, pull keys and the delivery log.
     *
     * @param frame chrome
     * @param subscriber the subscriber
     * @param keys its pull keys
     * @param deliveries its latest pushes, newest first
     * @param secret the webhook secret right after creation, else empty
     * @param newKey a key right after it was made, else empty
     */
    public record SubscriberPage(
            Frame frame,
            Subscriber subscriber,
            List<Subscriber.Key> keys,
            List<DeliveryRow> deliveries,
            String secret,
            String newKey) {}

    /**
     * A delivery log line.
     *
     * @param id delivery number (for replay)
     * @param deliveryKey the id sent to the webhook
     * @param story "story 42 v3 (published)"
     * @param status pending, delivered or failed
     * @param attempts attempts so far
     * @param lastError last error or HTTP status, may be empty
     * @param created when it was queued
     * @param finished when it was accepted, or when it is next due, may be empty
     * @param failed whether it may be replayed
     */
    public record DeliveryRow(
            long id,
            String deliveryKey,
            String story,
            String status,
            int attempts,
            String lastError,
            String created,
            String finished,
            boolean failed) {}
}
