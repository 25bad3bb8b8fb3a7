package org.newsline.wire;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a subscriber reads through the pull API. A page and its next cursor come from one snapshot of the
 * change log, whose ids become visible in order: every entitled change after the cursor is on this page or
 * a later one, never on two.
 */
@Service
class WirePull {

    private final WireChanges changes;
    private final ItemReader items;

    WirePull(WireChanges changes, ItemReader items) {
        this.changes = changes;
        this.items = items;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    Page page(long subscriber, long since, int limit) {
        long high = changes.highWater();
        List<ChangeRef> refs = changes.entitled(subscriber, since, high, limit);
        long next = refs.size() == limit ? refs.get(refs.size() - 1).id() : Math.max(since, high);
        return new Page(refs.stream().flatMap(ref -> items.read(ref).stream()).toList(), Long.toString(next));
    }

    /**
     * The subscriber's latest version of a story, or the version asked for.
     *
     * @throws WireItemNotFoundException for an unknown story or version
     * @throws NotEntitledException for a story outside the subscriber's products
     */
    @Transactional(readOnly = true)
    WireItem item(long subscriber, String guid, Integer version) {
        long articleId = items.articleId(guid).orElseThrow(() -> new WireItemNotFoundException("No item " + guid));
        return changes.latest(subscriber, articleId, version)
                .flatMap(items::read)
                .orElseThrow(() -> {
                    if (!changes.released(articleId)) {
                        return new WireItemNotFoundException("No item " + guid);
                    }
                    if (version != null
                            && changes.latest(subscriber, articleId, null).isPresent()) {
                        return new WireItemNotFoundException("Item " + guid + " has no version " + version);
                    }
                    return new NotEntitledException("Your subscription does not include " + guid);
                });
    }

    /**
     * A page of items.
     *
     * @param items the items, oldest change first
     * @param next the cursor to pass as {@code since} next time
     */
    record Page(List<WireItem> items, String next) {}

    /** Answered with 404. */
    static final class WireItemNotFoundException extends RuntimeException {
        WireItemNotFoundException(String message) {
            super(message);
        }
    }

    /** Answered with 403. */
    static final class NotEntitledException extends RuntimeException {
        NotEntitledException(String message) {
            super(message);
        }
    }
}
