package org.newsline.wire;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A delivery log entry as JSON, for subscribers and admins. */
final class DeliveryJson {

    private DeliveryJson() {}

    static Map<String, Object> of(Delivery d, String guid) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", d.deliveryKey().toString());
        json.put("number", d.id());
        json.put("cursor", Long.toString(d.changeId()));
        json.put("guid", guid);
        json.put("version", d.version());
        json.put("change", d.kind());
        json.put("status", d.status());
        json.put("attempts", d.attempts());
        json.put("lastStatus", d.lastStatus());
        json.put("lastError", d.lastError());
        json.put("createdAt", text(d.createdAt()));
        json.put("nextAttemptAt", d.status().equals("pending") ? text(d.nextAttemptAt()) : null);
        json.put("deliveredAt", text(d.deliveredAt()));
        return json;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
