package org.newsline.wire;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the wire service ({@code newsline.wire.*}).
 *
 * @param allowPrivateTargets whether webhooks may point at loopback and private addresses (tests, an
 *     intranet); refused by default so that an admin cannot make the server call into its own network
 * @param connectTimeout how long a webhook connection may take to open
 * @param readTimeout how long a webhook may take to answer
 * @param maxResponseBytes how much of a webhook's answer is read (kept for the delivery log)
 * @param firstRetry wait before the first retry of a failed push; each later one waits twice as long
 * @param maxRetryInterval longest wait between two retries
 * @param giveUpAfter how long a push is retried before it is marked failed (an admin may replay it)
 * @param pushThreads how many pushes one node sends at the same time
 * @param maxItems most items one pull returns
 */
@ConfigurationProperties("newsline.wire")
record WireProperties(
        Boolean allowPrivateTargets,
        Duration connectTimeout,
        Duration readTimeout,
        Integer maxResponseBytes,
        Duration firstRetry,
        Duration maxRetryInterval,
        Duration giveUpAfter,
        Integer pushThreads,
        Integer maxItems) {

    WireProperties {
        allowPrivateTargets = allowPrivateTargets != null && allowPrivateTargets;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        maxResponseBytes = maxResponseBytes == null ? 4096 : Math.max(0, maxResponseBytes);
        firstRetry = firstRetry == null ? Duration.ofSeconds(10) : firstRetry;
        maxRetryInterval = maxRetryInterval == null ? Duration.ofHours(1) : maxRetryInterval;
        giveUpAfter = giveUpAfter == null ? Duration.ofHours(25) : giveUpAfter;
        pushThreads = pushThreads == null ? 2 : Math.max(1, pushThreads);
        maxItems = maxItems == null ? 200 : Math.max(1, maxItems);
    }

    /** The wait before retry number {@code attempt} (1 for the first retry). */
    Duration backoff(int attempt) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
        return wait.compareTo(maxRetryInterval) > 0 ? maxRetryInterval : wait;
    }
}
