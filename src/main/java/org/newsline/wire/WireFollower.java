package org.newsline.wire;

import java.time.Clock;
import java.util.List;
import org.newsline.article.Change;
import org.newsline.article.ChangeListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns each change of the log into one queued push per entitled subscriber with a webhook. Its position is
 * shared by all nodes (one queue for the cluster); queuing is idempotent, so a batch handed over twice queues
 * nothing twice. Then it wakes this node's push workers.
 */
@Component
class WireFollower implements ChangeListener {

    private final WireChanges changes;
    private final DeliveryRepository deliveries;
    private final TransactionTemplate transaction;
    private final PushWorker worker;
    private final Clock clock;

    WireFollower(
            WireChanges changes,
            DeliveryRepository deliveries,
            TransactionTemplate transaction,
            PushWorker worker,
            Clock clock) {
        this.changes = changes;
        this.deliveries = deliveries;
        this.transaction = transaction;
        this.worker = worker;
        this.clock = clock;
    }

    @Override
    public String followerName() {
        return "wire-push";
    }

    @Override
    public void onChanges(List<Change> batch) {
        transaction.executeWithoutResult(status -> {
            for (Change change : batch) {
                ChangeRef ref = new ChangeRef(change.id(), change.articleId(), change.kind(), change.version());
                for (long subscriber : changes.pushRecipients(change.id())) {
                    deliveries.enqueue(subscriber, ref, clock.instant());
                }
            }
        });
        worker.wake();
    }
}
