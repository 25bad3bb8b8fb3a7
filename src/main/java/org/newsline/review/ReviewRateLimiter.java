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
 * How often one network sends reviews: {@code burst} within {@code burstWindow} and {@code daily} a day
 * (token buckets that refill gradually). An IPv6 sender is counted by its /64 network, which one household
 * or server usually has whole. Kept in memory per node and timed by the application clock; with several
 * nodes a sender gets the limit once per node.
 */
@Component
class ReviewRateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(200_000)
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
     * Counts one submission from this address.
     *
     * @return zero when it is allowed, otherwise how long until the next one would be
     */
    Duration take(String address) {
        ConsumptionProbe probe =
                buckets.get(network(address), key -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    /** Forgets every count, as after a restart (for tests). */
    void forget() {
        buckets.invalidateAll();
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
