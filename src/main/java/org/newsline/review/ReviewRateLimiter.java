package org.newsline.review;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * How often one network sends reviews: {@code burst} within {@code burstWindow} and {@code daily} a day; and
 * how many reviews one story takes from everyone together: {@code articleBurst} within {@code articleWindow}
 * (token buckets that refill gradually). An IPv6 sender is counted by its /64 network, which one household
 * or server usually has whole. Kept in memory per node and timed by the application clock; with several
 * nodes a sender (or a story) gets the limit once per node.
 */
@Component
class ReviewRateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(Duration.ofDays(1))
            .build();
    private final Cache<Long, Bucket> articles = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofDays(1))
            .build();
    private final ReviewProperties properties;
    private final TimeMeter time;

    ReviewRateLimiter(ReviewProperties properties, Clock clock) {
        this.properties = properties;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /**
     * Whether a submission may go on.
     *
     * @param retryAfter zero when it may, otherwise how long until the next one would be allowed
     * @param perStory whether the story's limit refused it rather than the sender's own
     */
    record Verdict(Duration retryAfter, boolean perStory) {

        boolean allowed() {
            return retryAfter.isZero();
        }
    }

    /**
     * Counts one submission from this address to this story: first against the sender's own limit, then
     * against the story's. A submission the story refuses does not count against the sender.
     */
    Verdict take(String address, long articleId) {
        Bucket sender = buckets.get(network(address), key -> newBucket());
        Duration wait = take(sender);
        if (!wait.isZero()) {
            return new Verdict(wait, false);
        }
        Duration storyWait = take(articles.get(articleId, key -> newArticleBucket()));
        if (!storyWait.isZero()) {
            sender.addTokens(1);
            return new Verdict(storyWait, true);
        }
        return new Verdict(Duration.ZERO, false);
    }

    /**
     * Counts one submission from this address, whatever the story.
     *
     * @return zero when it is allowed, otherwise how long until the next one would be
     */
    Duration take(String address) {
        return take(buckets.get(network(address), key -> newBucket()));
    }

    private static Duration take(Bucket bucket) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    /** Forgets every count, as after a restart (for tests). */
    void forget() {
        buckets.invalidateAll();
        articles.invalidateAll();
    }

    private Bucket newArticleBucket() {
        return Bucket.builder()
                .withCustomTimePrecision(time)
                .addLimit(Bandwidth.builder()
                        .capacity(properties.articleBurst())
                        .refillGreedy(properties.articleBurst(), properties.articleWindow())
                        .build())
                .build();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .withCustomTimePrecision(time)
                .addLimit(Bandwidth.builder()
                        .capacity(properties.burst())
                        .refillGreedy(properties.burst(), properties.burstWindow())
                        .build())
                .addLimit(Bandwidth.builder()
                        .capacity(properties.daily())
                        .refillGreedy(properties.daily(), Duration.ofDays(1))
                        .build())
                .build();
    }

    /** The address itself for IPv4, its /64 network for IPv6. */
    static String network(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address == null ? "" : address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                        .append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address; // not a literal address; never resolved through DNS here
        }
    }
}
