package org.newsline.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: at most 5 failed sign-ins per account and 20 per client address in 15
 * minutes (token buckets that refill gradually). Kept in memory per node; with several nodes an attacker
 * gets the limit once per node, which still rules out guessing at scale.
 */
@Component
class LoginThrottle {

    /** How long failed attempts count, and how long a limited account or address waits. */
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Cache<String, Bucket> perAccount = buckets();
    private final Cache<String, Bucket> perAddress = buckets();

    private static Cache<String, Bucket> buckets() {
        return Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(WINDOW)
                .build();
    }

    /** Whether another attempt for this account from this address is allowed now. */
    boolean allows(String email, String address) {
        return bucket(perAccount, key(email), 5).getAvailableTokens() > 0
                && bucket(perAddress, address, 20).getAvailableTokens() > 0;
    }

    /** Counts a failed attempt against both the account and the address. */
    void failed(String email, String address) {
        bucket(perAccount, key(email), 5).tryConsume(1);
        bucket(perAddress, address, 20).tryConsume(1);
    }

    /**
     * Forgets every failure. Only tests call this: all their clients share one address, so a test that
     * exhausts the limit on purpose would otherwise lock out the tests after it.
     */
    void reset() {
        perAccount.invalidateAll();
        perAddress.invalidateAll();
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static Bucket bucket(Cache<String, Bucket> cache, String key, int capacity) {
        return cache.get(
                key == null ? "" : key,
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(capacity)
                                .refillGreedy(capacity, WINDOW)
                                .build())
                        .build());
    }
}
