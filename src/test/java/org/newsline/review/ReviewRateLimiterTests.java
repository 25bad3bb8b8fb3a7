package org.newsline.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.newsline.MutableClock;

class ReviewRateLimiterTests {

    private final MutableClock clock = new MutableClock();
    private final ReviewRateLimiter limiter = new ReviewRateLimiter(
            new ReviewProperties(
                    null, null, null, null, null, 3, Duration.ofMinutes(10), 5, null, 4, Duration.ofMinutes(10)),
            clock);

    @Test
    void aBurstIsAllowedThenTheSenderWaitsForTheBucketToRefill() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.take("203.0.113.5")).isZero();
        }

        Duration wait = limiter.take("203.0.113.5");

        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(10).dividedBy(3));
        clock.advance(wait);
        assertThat(limiter.take("203.0.113.5")).isZero();
    }

    @Test
    void theDailyLimitHoldsEvenWhenSentSlowly() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.take("203.0.113.6")).isZero();
            clock.advance(Duration.ofMinutes(10));
        }

        assertThat(limiter.take("203.0.113.6")).isGreaterThan(Duration.ofHours(1));
    }

    @Test
    void addressesAreCountedApart() {
        for (int i = 0; i < 3; i++) {
            limiter.take("203.0.113.7");
        }

        assertThat(limiter.take("203.0.113.7")).isPositive();
        assertThat(limiter.take("203.0.113.8")).isZero();
    }

    @Test
    void anIpv6SenderIsCountedByItsSlash64() {
        for (int i = 0; i < 3; i++) {
            limiter.take("2001:db8:1:2::" + Integer.toHexString(i + 1));
        }

        assertThat(limiter.take("2001:db8:1:2:ffff::9")).isPositive();
        assertThat(limiter.take("2001:db8:1:3::1")).isZero();
        assertThat(ReviewRateLimiter.network("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
                .isEqualTo("2001:db8:1:2::/64");
        assertThat(ReviewRateLimiter.network("198.51.100.4")).isEqualTo("198.51.100.4");
    }

    @Test
    void aStoryTakesOnlyItsBurstFromAllSendersTogether() {
        for (int i = 0; i < 4; i++) {
            assertThat(limiter.take("198.51.100." + i, 42).allowed()).isTrue();
        }

        ReviewRateLimiter.Verdict refused = limiter.take("198.51.100.9", 42);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.perStory()).isTrue();
        assertThat(refused.retryAfter())
                .isPositive()
                .isLessThanOrEqualTo(Duration.ofMinutes(10).dividedBy(4));
        assertThat(limiter.take("198.51.100.10", 43).allowed()).isTrue();
        clock.advance(refused.retryAfter());
        assertThat(limiter.take("198.51.100.11", 42).allowed()).isTrue();
    }

    @Test
    void aSubmissionTheStoryRefusedDoesNotCountAgainstItsSender() {
        for (int i = 0; i < 4; i++) {
            limiter.take("192.0.2." + i, 7);
        }
        assertThat(limiter.take("192.0.2.50", 7).perStory()).isTrue();
        assertThat(limiter.take("192.0.2.50", 7).perStory()).isTrue();

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.take("192.0.2.50", 8 + i).allowed()).isTrue();
        }
        ReviewRateLimiter.Verdict own = limiter.take("192.0.2.50", 20);
        assertThat(own.allowed()).isFalse();
        assertThat(own.perStory()).isFalse();
    }

    @Test
    void aSenderOverItsOwnLimitDoesNotUseUpTheStory() {
        for (int i = 0; i < 6; i++) {
            limiter.take("203.0.113.60", 9);
        }

        assertThat(limiter.take("203.0.113.61", 9).allowed()).isTrue();
    }
}
