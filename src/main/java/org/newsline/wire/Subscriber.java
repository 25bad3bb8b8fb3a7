package org.newsline.wire;

import java.time.Instant;
import java.util.List;

/**
 * A subscribing medium.
 *
 * @param id database id
 * @param name name, such as the newspaper's
 * @param contact whom to call about the subscription
 * @param status {@code active} or {@code suspended} (no pull, no push)
 * @param earlyEmbargo whether embargoed stories reach it before the embargo ends (marked as embargoed)
 * @param webhookUrl where pushes go, or {@code null} for pull only
 * @param webhookFormat the format pushed
 * @param requestsPerMinute most pull requests per key and minute
 * @param createdAt when it was created
 * @param products what it is entitled to
 */
public record Subscriber(
        long id,
        String name,
        String contact,
        String status,
        boolean earlyEmbargo,
        String webhookUrl,
        WireFormat webhookFormat,
        int requestsPerMinute,
        Instant createdAt,
        List<Product> products) {

    public boolean active() {
        return status.equals("active");
    }

    /**
     * One entitlement: stories in these languages and categories (empty lists mean all) of at least this
     * urgency.
     *
     * @param languages language codes, such as {@code ru}
     * @param categories category slugs, such as {@code politics}
     * @param minUrgency {@code normal} (everything), {@code urgent} (urgent and flash) or {@code flash}
     */
    public record Product(List<String> languages, List<String> categories, String minUrgency) {

        public Product {
            languages = languages == null ? List.of() : List.copyOf(languages);
            categories = categories == null ? List.of() : List.copyOf(categories);
            minUrgency = minUrgency == null || minUrgency.isBlank() ? "normal" : minUrgency;
        }

        int rank() {
            return switch (minUrgency) {
                case "flash" -> 1;
                case "urgent" -> 2;
                case "normal" -> 3;
                default ->
                    throw new IllegalArgumentException(
                            "Unknown minimum urgency '" + minUrgency + "'; use flash, urgent or normal");
            };
        }

        static String urgencyOf(int rank) {
            return switch (rank) {
                case 1 -> "flash";
                case 2 -> "urgent";
                default -> "normal";
            };
        }
    }

    /**
     * A pull key as listed (never the key itself).
     *
     * @param id database id
     * @param prefix its first characters, to tell keys apart
     * @param createdAt when it was made
     * @param lastUsedAt its last use, or {@code null}
     * @param revokedAt when it was revoked, or {@code null}
     */
    public record Key(long id, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {}
}
