package org.newsline.wire;

import java.util.List;
import org.newsline.wire.Subscriber.Product;

/**
 * What an admin gives to create a subscriber.
 *
 * @param name name, required
 * @param contact whom to call, may be empty
 * @param products entitlements, at least one
 * @param earlyEmbargo whether embargoed stories reach it early
 * @param webhookUrl push address, or {@code null} for pull only
 * @param webhookFormat the push format
 * @param requestsPerMinute pull rate limit per key
 */
public record NewSubscriber(
        String name,
        String contact,
        List<Product> products,
        boolean earlyEmbargo,
        String webhookUrl,
        WireFormat webhookFormat,
        int requestsPerMinute) {

    public NewSubscriber {
        name = name == null ? "" : name.strip();
        contact = contact == null ? "" : contact.strip();
        products = products == null ? List.of() : List.copyOf(products);
        webhookUrl = webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl.strip();
        webhookFormat = webhookFormat == null ? WireFormat.NINJS : webhookFormat;
        requestsPerMinute = requestsPerMinute <= 0 ? 600 : requestsPerMinute;
    }
}
