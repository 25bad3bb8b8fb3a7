package org.newsline.wire;

import java.time.Instant;
import java.util.UUID;

/**
 * One push of one change to one subscriber, as the delivery log shows it.
 *
 * @param id database id
 * @param deliveryKey sent as {@code X-Newsline-Delivery}; the same on every retry
 * @param subscriberId the subscriber
 * @param changeId the change-log entry pushed
 * @param articleId the story
 * @param version the story's version
 * @param kind published, updated, corrected, unpublished or embargoed
 * @param status pending, delivered or failed
 * @param attempts how many times it was sent
 * @param lastStatus the webhook's last HTTP status, or {@code null}
 * @param lastError what went wrong last, or {@code null}
 * @param nextAttemptAt when it is (or was last) due
 * @param createdAt when the change was turned into this delivery
 * @param deliveredAt when the webhook accepted it, or {@code null}
 */
public record Delivery(
        long id,
        UUID deliveryKey,
        long subscriberId,
        long changeId,
        long articleId,
        int version,
        String kind,
        String status,
        int attempts,
        Integer lastStatus,
        String lastError,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant deliveredAt) {}
