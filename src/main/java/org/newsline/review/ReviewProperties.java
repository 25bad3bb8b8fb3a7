package org.newsline.review;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of reader reviews ({@code newsline.review.*}).
 *
 * @param moderation {@code pre} (a review is shown once an editor approved it) or {@code post} (shown at
 *     once, moderated afterwards) for stories without a setting of their own
 * @param closeAfter a story takes no more reviews this long after it was published; zero keeps it open
 * @param minFillTime a form sent sooner than this after it was shown is refused as too fast for a person
 * @param formMaxAge a form older than this is refused, so that a stolen signed form is not valid forever
 * @param addressSalt salt of the hashes of senders' network addresses; when unset one is generated once and
 *     stored in the database, shared by all nodes
 * @param burst reviews one network address may send within {@code burstWindow}
 * @param burstWindow the window of {@code burst}
 * @param daily reviews one network address may send in a day
 * @param holdLinks a review with more links than this waits for an editor even under post-moderation
 * @param articleBurst reviews one story may take from all senders together within {@code articleWindow}, so that
 *     a flood from many addresses at once cannot bury a story
 * @param articleWindow the window of {@code articleBurst}
 */
@ConfigurationProperties("newsline.review")
record ReviewProperties(
        String moderation,
        Duration closeAfter,
        Duration minFillTime,
        Duration formMaxAge,
        String addressSalt,
        Integer burst,
        Duration burstWindow,
        Integer daily,
        Integer holdLinks,
        Integer articleBurst,
        Duration articleWindow) {

    ReviewProperties {
        moderation = moderation == null || moderation.isBlank()
                ? "pre"
                : ModerationMode.of(moderation).code();
        closeAfter = closeAfter == null ? Duration.ofDays(30) : closeAfter;
        minFillTime = minFillTime == null ? Duration.ofSeconds(4) : minFillTime;
        formMaxAge = formMaxAge == null ? Duration.ofDays(1) : formMaxAge;
        burst = burst == null ? 5 : Math.max(1, burst);
        burstWindow = burstWindow == null ? Duration.ofMinutes(10) : burstWindow;
        daily = daily == null ? 30 : Math.max(1, daily);
        holdLinks = holdLinks == null ? 2 : Math.max(0, holdLinks);
        articleBurst = articleBurst == null ? 30 : Math.max(1, articleBurst);
        articleWindow = articleWindow == null ? Duration.ofMinutes(10) : articleWindow;
    }

    ModerationMode defaultModeration() {
        return ModerationMode.of(moderation);
    }
}
