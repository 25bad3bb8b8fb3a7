package org.newsline.account;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.newsline.TestApps;

/**
 * Two-factor codes for test clients, computed here independently of the application's code (RFC 6238
 * by hand) from the clock of the application behind a port. Remembers each account's secret and the newest
 * step used, so a client signing in twice never sends a code the application would refuse as a replay.
 */
public final class StaffCodes {

    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    private StaffCodes() {}

    /** The code of a Base32 secret for a 30-second step: HMAC-SHA1, dynamic truncation, 6 digits. */
    public static String code(String secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(new Base32().decode(secret.replace(" ", "")), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The current step by the clock of the application on this port. */
    public static long step(int port) {
        return TestApps.at(port).getBean(Clock.class).instant().getEpochSecond() / 30;
    }

    /** Notes the secret an account was enrolled with (read off the enrolment screen). */
    public static void remember(int port, String email, String secret) {
        SECRETS.put(key(port, email), secret.replace(" ", ""));
        LAST_STEP.remove(key(port, email));
    }

    /** Forgets an account's secret, after a reset. */
    public static void forget(int port, String email) {
        SECRETS.remove(key(port, email));
        LAST_STEP.remove(key(port, email));
    }

    public static Optional<String> secret(int port, String email) {
        return Optional.ofNullable(SECRETS.get(key(port, email)));
    }

    /**
     * A code the application accepts now and has not seen: the current step's, or the next one's if the
     * current was used (the application allows one step ahead); waits for the clock if both were used.
     */
    public static synchronized String nextCode(int port, String email) {
        String secret = secret(port, email).orElseThrow(() -> new IllegalStateException(email + " is not enrolled"));
        long used = LAST_STEP.getOrDefault(key(port, email), Long.MIN_VALUE);
        long step = Math.max(step(port), used + 1);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(65);
        while (step > step(port) + 1) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The clock moved back: no unused code for " + email);
            }
            sleep();
        }
        LAST_STEP.put(key(port, email), step);
        return code(secret, step);
    }

    /** Notes a step the test used on its own, so {@link #nextCode} does not repeat it. */
    public static void used(int port, String email, long step) {
        LAST_STEP.merge(key(port, email), step, Math::max);
    }

    /**
     * Enrols an account straight through the service, for tests that only need an API token, and returns
     * its secret. Accounts with two-factor sign-in on already keep theirs.
     */
    public static String enrol(int port, String email) {
        Optional<String> known = secret(port, email);
        if (known.isPresent()) {
            return known.get();
        }
        var context = TestApps.at(port);
        StaffUser user =
                context.getBean(AccountRepository.class).findUser(email).orElseThrow();
        String secret = Totp.newSecret();
        context.getBean(TwoFactor.class).enrolWithSecret(user.id(), secret);
        remember(port, email, secret);
        return secret;
    }

    /**
     * The JSON of a token request: with a code for editors and admins (enrolled here first if needed, as
     * the application requires), without one for correspondents.
     */
    public static String tokenRequest(int port, String email, String password) {
        var context = TestApps.at(port);
        StaffUser user =
                context.getBean(AccountRepository.class).findUser(email).orElseThrow();
        String json = "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"";
        if (user.can(Role.EDITOR) || secret(port, email).isPresent()) {
            enrol(port, email);
            json += ",\"code\":\"" + nextCode(port, email) + "\"";
        }
        return json + "}";
    }

    /** Forgets all failed sign-ins of the application on this port (see {@link LoginThrottle#reset}). */
    public static void forgiveFailures(int port) {
        TestApps.at(port).getBean(LoginThrottle.class).reset();
    }

    private static String key(int port, String email) {
        return port + " " + email.toLowerCase(java.util.Locale.ROOT);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
