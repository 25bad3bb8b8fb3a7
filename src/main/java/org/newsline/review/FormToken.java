package org.newsline.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * The signed time a review form was shown, sent back in a hidden field: {@code v1.<story>.<seconds>.<mac>}.
 * The HMAC covers the story and the time, so a script can neither change the time to look patient nor
 * reuse a form of another story, and nothing needs to be stored per form.
 */
@Component
class FormToken {

    /** What a token says about the form it came with. */
    enum Check {
        /** Signed, for this story, sent after the minimum time and before it expired. */
        VALID,
        /** Sent sooner after the form was shown than a person reads and types. */
        TOO_FAST,
        /** Missing, malformed, forged, for another story, or older than the longest age. */
        INVALID
    }

    private static final String VERSION = "v1";

    private final ReviewSecrets secrets;
    private final Clock clock;
    private final Duration minFillTime;
    private final Duration maxAge;

    FormToken(ReviewSecrets secrets, Clock clock, ReviewProperties properties) {
        this.secrets = secrets;
        this.clock = clock;
        this.minFillTime = properties.minFillTime();
        this.maxAge = properties.formMaxAge();
    }

    /** A token for a form of this story shown now. */
    String issue(long articleId) {
        long shownAt = clock.instant().getEpochSecond();
        return VERSION + "." + articleId + "." + shownAt + "." + mac(articleId, shownAt);
    }

    Check check(String token, long articleId) {
        if (token == null) {
            return Check.INVALID;
        }
        String[] parts = token.strip().split("\\.");
        if (parts.length != 4 || !parts[0].equals(VERSION)) {
            return Check.INVALID;
        }
        long story;
        long shownAt;
        try {
            story = Long.parseLong(parts[1]);
            shownAt = Long.parseLong(parts[2]);
        } catch (NumberFormatException e) {
            return Check.INVALID;
        }
        boolean signed = MessageDigest.isEqual(
                mac(story, shownAt).getBytes(StandardCharsets.US_ASCII), parts[3].getBytes(StandardCharsets.US_ASCII));
        if (!signed || story != articleId) {
            return Check.INVALID;
        }
        Duration age = Duration.between(Instant.ofEpochSecond(shownAt), clock.instant());
        if (age.isNegative() && age.abs().compareTo(Duration.ofMinutes(1)) > 0 || age.compareTo(maxAge) > 0) {
            return Check.INVALID; // from the future (beyond clock skew between nodes), or expired
        }
        return age.compareTo(minFillTime) < 0 ? Check.TOO_FAST : Check.VALID;
    }

    private String mac(long articleId, long shownAt) {
        byte[] mac = secrets.signForm("review-form|" + VERSION + "|" + articleId + "|" + shownAt);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
    }
}
