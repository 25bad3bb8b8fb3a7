package org.newsline.account;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * TOTP as authenticator apps expect it (RFC 6238 defaults: HMAC-SHA1, 6 digits, 30-second steps), with the
 * codes computed by java-otp. A code is accepted for the current step and one step either side, so a phone
 * whose clock is a little off still works.
 */
final class Totp {

    static final Duration STEP = TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP;
    /** RFC 4226 asks for at least 128 bits and recommends 160; new secrets have 160. */
    static final int MIN_SECRET_BYTES = 16;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();

    private Totp() {}

    /** A new random 160-bit secret in Base32 (32 characters, no padding), as authenticator apps take it. */
    static String newSecret() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return new Base32().encodeToString(bytes);
    }

    /** The secret's bytes, or {@code null} if it is not Base32 of at least {@link #MIN_SECRET_BYTES} bytes. */
    static byte[] decode(String secret) {
        if (secret == null) {
            return null;
        }
        String clean = secret.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
        if (clean.isEmpty() || !clean.matches("[A-Z2-7]+")) {
            return null;
        }
        byte[] bytes = new Base32().decode(clean);
        return bytes.length < MIN_SECRET_BYTES ? null : bytes;
    }

    /** The time step an instant falls in. */
    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.toSeconds());
    }

    /** The code of a step. */
    static String code(String secret, long step) {
        try {
            return GENERATOR.generateOneTimePasswordString(
                    new SecretKeySpec(decode(secret), "HmacSHA1"), Instant.ofEpochSecond(step * STEP.toSeconds()));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("An HMAC-SHA1 key of any length is valid", e);
        }
    }

    /** The newest step within one of {@code now} whose code is {@code code}, if any. */
    static OptionalLong matchingStep(String secret, String code, Instant now) {
        String typed = code == null ? "" : code.replace(" ", "").strip();
        if (!typed.matches("[0-9]{6}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current + 1; step >= current - 1; step--) {
            // Compared in constant time, so the response time says nothing about how many digits were right.
            if (MessageDigest.isEqual(
                    code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The address authenticator apps read from the QR code. */
    static String uri(String email, String secret) {
        String label = java.net.URLEncoder.encode("Newsline:" + email, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("%3A", ":")
                .replace("%40", "@");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Newsline";
    }
}
