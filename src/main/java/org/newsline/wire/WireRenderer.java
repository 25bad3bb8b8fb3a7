package org.newsline.wire;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/** Renders items and pull pages in the format asked for. */
@Component
class WireRenderer {

    private final Clock clock;

    WireRenderer(Clock clock) {
        this.clock = clock;
    }

    String item(WireItem item, WireFormat format) {
        return format.json() ? new NinjsWriter(format).write(item) : new NewsmlWriter().write(item);
    }

    String page(List<WireItem> items, String next, WireFormat format) {
        return format.json()
                ? new NinjsWriter(format).page(items, next)
                : new NewsmlWriter().page(items, next, clock.instant());
    }

    /** The Content-Type of a pull page (a JSON object with items, or a NewsML-G2 news message). */
    static String pageMediaType(WireFormat format) {
        return format.json() ? "application/json" : "application/vnd.iptc.g2.newsmessage+xml";
    }
}
