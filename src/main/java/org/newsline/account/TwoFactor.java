package org.newsline.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff two-factor sign-in with TOTP codes and one-time recovery codes. Every code check counts toward the
 * {@link LoginThrottle} when wrong, and a TOTP code is refused for a time step already used, so a code seen
 * over someone's shoulder cannot be typed again.
 */
@Service
@Transactional
public class TwoFactor {

    /** How long to wait after too many wrong codes, for {@code Retry-After}. */
    public static final java.time.Duration RETRY_AFTER = LoginThrottle.WINDOW;

    /** How many recovery codes an enrolment gives. */
    static final int RECOVERY_CODES = 10;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final JdbcClient jdbc;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;
    private final boolean required;

    TwoFactor(JdbcClient jdbc, LoginThrottle throttle, AuditLog audit, Clock clock, TwoFactorProperties properties) {
        this.jdbc = jdbc;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
        this.required = properties.twoFactorRequired();
    }

    /** What a code check came to. */
    public enum Outcome {
        /** A current TOTP code, not used before. */
        ACCEPTED,
        /** An unused recovery code, now spent. */
        RECOVERY_CODE_USED,
        /** Wrong, expired or already used; counted toward the throttle. */
        WRONG,
        /** Too many wrong attempts lately; the code was not even looked at. */
        THROTTLED;

        public boolean accepted() {
            return this == ACCEPTED || this == RECOVERY_CODE_USED;
        }
    }

    /** Whether the account signs in with a code. */
    @Transactional(readOnly = true)
    public boolean enabled(long accountId) {
        return jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM account_totp WHERE account_id = :id AND confirmed_at IS NOT NULL)")
                .param("id", accountId)
                .query(Boolean.class)
                .single();
    }

    /** Whether the staff member's role obliges them to use two-factor sign-in. */
    public boolean required(StaffUser user) {
        return required && user.can(Role.EDITOR);
    }

    /** The accounts that have two-factor sign-in on, for the staff screen. */
    @Transactional(readOnly = true)
    public Set<Long> enrolledAccounts() {
        return new HashSet<>(jdbc.sql("SELECT account_id FROM account_totp WHERE confirmed_at IS NOT NULL")
                .query(Long.class)
                .list());
    }

    /** How many unused recovery codes the staff member has left. */
    @Transactional(readOnly = true)
    public int recoveryCodesLeft(StaffUser user) {
        return jdbc.sql("SELECT count(*) FROM account_totp_recovery WHERE account_id = :id AND used_at IS NULL")
                .param("id", user.id())
                .query(Integer.class)
                .single();
    }

    /**
     * The secret offered for enrolment: the one offered before if it was not confirmed yet (so reloading the
     * page does not invalidate a QR code already scanned), otherwise a new one.
     *
     * @throws IllegalStateException if two-factor sign-in is already on
     */
    public String offeredSecret(StaffUser user) {
        if (enabled(user.id())) {
            throw new IllegalStateException("Two-factor sign-in is already on");
        }
        Optional<String> pending = jdbc.sql("SELECT secret FROM account_totp WHERE account_id = :id")
                .param("id", user.id())
                .query(String.class)
                .optional();
        if (pending.isPresent()) {
            return pending.get();
        }
        String secret = Totp.newSecret();
        jdbc.sql("""
                        INSERT INTO account_totp (account_id, secret, created_at) VALUES (:id, :secret, :now)
                        ON CONFLICT (account_id) DO NOTHING""")
                .param("id", user.id())
                .param("secret", secret)
                .param("now", AccountRepository.utc(clock.instant()))
                .update();
        return secret;
    }

    /** The authenticator app address of the offered secret, for its QR code. */
    public String uri(StaffUser user, String secret) {
        return Totp.uri(user.email(), secret);
    }

    /**
     * Turns two-factor sign-in on if {@code code} is a current code of the offered secret.
     *
     * @return the new recovery codes, to be shown once; empty if the code was wrong or throttled
     */
    public Optional<List<String>> enrol(StaffUser user, String code, String address) {
        if (!throttle.allows(user.email(), address)) {
            return Optional.empty();
        }
        Optional<String> secret = jdbc.sql(
                        "SELECT secret FROM account_totp WHERE account_id = :id AND confirmed_at IS NULL")
                .param("id", user.id())
                .query(String.class)
                .optional();
        OptionalLong step =
                secret.isPresent() ? Totp.matchingStep(secret.get(), code, clock.instant()) : OptionalLong.empty();
        if (step.isEmpty()) {
            wrong(user, address);
            return Optional.empty();
        }
        jdbc.sql("UPDATE account_totp SET confirmed_at = :now, last_used_step = :step WHERE account_id = :id")
                .param("id", user.id())
                .param("now", AccountRepository.utc(clock.instant()))
                .param("step", step.getAsLong())
                .update();
        audit.record(user, "two-factor.enrol", "account:" + user.id(), "");
        return Optional.of(newRecoveryCodes(user));
    }

    /**
     * Enrols an account with a secret given in configuration ({@code NEWSLINE_ADMIN_TOTP_SECRET}), for
     * scripts that sign in as the first admin. Does nothing if the account has two-factor sign-in on already.
     *
     * @throws IllegalArgumentException if the secret is not Base32 of at least 128 bits
     */
    void enrolWithSecret(long accountId, String secret) {
        if (Totp.decode(secret) == null) {
            throw new IllegalArgumentException("The two-factor secret must be Base32 of at least "
                    + Totp.MIN_SECRET_BYTES * 8 + " bits (32 characters A-Z, 2-7 make 160)");
        }
        if (enabled(accountId)) {
            return;
        }
        String clean = secret.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
        jdbc.sql("""
                        INSERT INTO account_totp (account_id, secret, created_at, confirmed_at)
                        VALUES (:id, :secret, :now, :now)
                        ON CONFLICT (account_id) DO UPDATE SET secret = :secret, confirmed_at = :now, last_used_step = NULL""")
                .param("id", accountId)
                .param("secret", clean)
                .param("now", AccountRepository.utc(clock.instant()))
                .update();
        audit.record(null, "two-factor.enrol", "account:" + accountId, "with the configured secret");
    }

    /**
     * Checks a TOTP code or a recovery code of an account that has two-factor sign-in on. A TOTP code is
     * spent with its time step; a recovery code is spent for good.
     */
    public Outcome check(StaffUser user, String code, String address) {
        if (!throttle.allows(user.email(), address)) {
            audit.record(user, "login.throttled", "account:" + user.id(), "two-factor code from " + address);
            return Outcome.THROTTLED;
        }
        Optional<String> secret = jdbc.sql(
                        "SELECT secret FROM account_totp WHERE account_id = :id AND confirmed_at IS NOT NULL")
                .param("id", user.id())
                .query(String.class)
                .optional();
        if (secret.isEmpty()) {
            wrong(user, address);
            return Outcome.WRONG;
        }
        OptionalLong step = Totp.matchingStep(secret.get(), code, clock.instant());
        if (step.isPresent()) {
            // One statement, so two requests with the same code at once cannot both pass.
            int spent = jdbc.sql("""
                            UPDATE account_totp SET last_used_step = :step
                            WHERE account_id = :id AND (last_used_step IS NULL OR last_used_step < :step)""")
                    .param("id", user.id())
                    .param("step", step.getAsLong())
                    .update();
            if (spent == 1) {
                return Outcome.ACCEPTED;
            }
            wrong(user, address);
            return Outcome.WRONG;
        }
        int spent = jdbc.sql("""
                        UPDATE account_totp_recovery SET used_at = :now
                        WHERE account_id = :id AND code_hash = :hash AND used_at IS NULL""")
                .param("id", user.id())
                .param("hash", hash(normalRecoveryCode(code)))
                .param("now", AccountRepository.utc(clock.instant()))
                .update();
        if (spent > 0) {
            audit.record(user, "two-factor.recovery-used", "account:" + user.id(), "from " + address);
            return Outcome.RECOVERY_CODE_USED;
        }
        wrong(user, address);
        return Outcome.WRONG;
    }

    /**
     * Turns two-factor sign-in off, given a current code.
     *
     * @throws IllegalArgumentException if the staff member's role requires it
     */
    public Outcome disable(StaffUser user, String code, String address) {
        if (required(user)) {
            throw new IllegalArgumentException("Editors and admins must keep two-factor sign-in on");
        }
        Outcome outcome = check(user, code, address);
        if (outcome.accepted()) {
            remove(user.id());
            audit.record(user, "two-factor.disable", "account:" + user.id(), "");
        }
        return outcome;
    }

    /** Replaces the recovery codes, given a current code; the new ones, or empty if the code was refused. */
    public Optional<List<String>> replaceRecoveryCodes(StaffUser user, String code, String address) {
        if (!check(user, code, address).accepted()) {
            return Optional.empty();
        }
        audit.record(user, "two-factor.recovery-codes", "account:" + user.id(), "");
        return Optional.of(newRecoveryCodes(user));
    }

    /**
     * An admin turns off another staff member's two-factor sign-in (a lost phone); they enrol again at their
     * next sign-in if their role requires it.
     *
     * @throws IllegalArgumentException for one's own account, which needs a code to turn off
     */
    public void reset(StaffUser by, long accountId) {
        if (by.id() == accountId) {
            throw new IllegalArgumentException(
                    "You cannot reset your own two-factor sign-in; turn it off with a code instead");
        }
        remove(accountId);
        audit.record(by, "two-factor.reset", "account:" + accountId, "");
    }

    private void remove(long accountId) {
        jdbc.sql("DELETE FROM account_totp_recovery WHERE account_id = :id")
                .param("id", accountId)
                .update();
        jdbc.sql("DELETE FROM account_totp WHERE account_id = :id")
                .param("id", accountId)
                .update();
    }

    private void wrong(StaffUser user, String address) {
        throttle.failed(user.email(), address);
        audit.record(user, "two-factor.code-failed", "account:" + user.id(), "from " + address);
    }

    private List<String> newRecoveryCodes(StaffUser user) {
        jdbc.sql("DELETE FROM account_totp_recovery WHERE account_id = :id")
                .param("id", user.id())
                .update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
                if (c == 4) {
                    code.append('-');
                }
            }
            codes.add(code.toString());
            jdbc.sql("INSERT INTO account_totp_recovery (account_id, code_hash) VALUES (:id, :hash)")
                    .param("id", user.id())
                    .param("hash", hash(normalRecoveryCode(code.toString())))
                    .update();
        }
        return codes;
    }

    /** Recovery codes are read off paper: case, spaces and the dash do not matter. */
    private static String normalRecoveryCode(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
