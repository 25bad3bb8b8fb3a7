package org.newsline.article;

import java.util.List;

/**
 * A follower of the change log, such as the search index or the wire's push deliveries. Implement it as a
 * bean: {@link ChangeLogFollower} hands it every change in order, from its stored position on.
 *
 * <p>Delivery is at least once: if {@link #onChanges} throws, or the node stops before the position is
 * stored, the same changes come again. Handlers must therefore be idempotent, and must re-read the story
 * (its visibility may have changed again since).
 *
 * <p>Positions are stored in {@code change_log_position} under {@link #followerName()}, shared by all
 * nodes. A follower whose data lives on one node (a local search index, a cache) should keep its position
 * with that data instead, or use a name that includes the node.
 */
public interface ChangeListener {

    /** A stable name; the stored position is kept under it. */
    String followerName();

    /** Handles a batch of changes, oldest first. */
    void onChanges(List<Change> changes);

    /**
     * Where a follower that has never run starts: {@code 0} replays the whole log (for example to build
     * an index), {@link Long#MAX_VALUE} starts at the end of the log (for example live notifications).
     */
    default long startAfter() {
        return 0;
    }
}
