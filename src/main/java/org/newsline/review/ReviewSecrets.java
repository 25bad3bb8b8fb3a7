package org.newsline.review;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The review feature's two secrets: the salt of address hashes ({@code newsline.review.address-salt}, or
 * generated) and the key that signs forms. A generated secret is stored in {@code review_secret} by the
 * first node that needs it; the others read that one, so every node hashes and signs alike.
 */
@Component
class ReviewSecrets {

    static final String ADDRESS_SALT = "address-salt";
    static final String FORM_KEY = "form-key";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String configuredSalt;
    private final SecureRandom random = new SecureRandom();
    private volatile SecretKeySpec salt;
    private volatile SecretKeySpec formKey;

    ReviewSecrets(JdbcClient jdbc, Clock clock, ReviewProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.configuredSalt = properties.addressSalt();
    }

    /**
     * A keyed hash of a network address (HMAC-SHA256 with the salt), the only form in which an address
     * is kept: equal addresses can be recognised, the address cannot be read back or found by trying
     * every IPv4 address without the salt.
     */
    String addressHash(String address) {
        if (salt == null) {
            salt = key(configuredSalt != null && !configuredSalt.isBlank() ? configuredSalt : stored(ADDRESS_SALT));
        }
        return HexFormat.of().formatHex(hmac(salt, address));
    }

    /** HMAC-SHA256 of a message with the form-signing key. */
    byte[] signForm(String message) {
        if (formKey == null) {
            formKey = key(stored(FORM_KEY));
        }
        return hmac(formKey, message);
    }

    private String stored(String name) {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        // Two nodes may race here: the first insert wins and both then read the same value.
        jdbc.sql("""
                        INSERT INTO review_secret (name, value, created_at) VALUES (:name, :value, :now)
                        ON CONFLICT (name) DO NOTHING""")
                .param("name", name)
                .param("value", Base64.getEncoder().encodeToString(fresh))
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        return jdbc.sql("SELECT value FROM review_secret WHERE name = :name")
                .param("name", name)
                .query(String.class)
                .single();
    }

    private static SecretKeySpec key(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    private static byte[] hmac(SecretKeySpec key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
