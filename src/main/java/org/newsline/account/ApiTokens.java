package org.newsline.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for scripts. A token is shown once when created; only its SHA-256 is stored, so a
 * leaked database does not leak usable tokens. Tokens are long random strings, so a fast hash suffices.
 */
@Service
@Transactional
public class ApiTokens {

    private static final String PREFIX = "nl_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, AccountRepository accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a token for the staff member and returns it; it cannot be shown again. */
    public String create(StaffUser owner, String name) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String label = name == null || name.isBlank() ? "API token" : name.strip();
        long id = jdbc.sql("""
                        INSERT INTO account_api_token (account_id, name, token_hash, created_at)
                        VALUES (:account, :name, :hash, :now) RETURNING id""")
                .param("account", owner.id())
                .param("name", label.length() > 100 ? label.substring(0, 100) : label)
                .param("hash", hash(token))
                .param("now", AccountRepository.utc(clock.instant()))
                .query(Long.class)
                .single();
        audit.record(owner, "token.create", "token:" + id, label);
        return token;
    }

    /**
     * The enabled staff member a token belongs to, if it is valid and not revoked; notes its use. Outside a
     * transaction, so that a refused note (a read-only window) leaves a usable connection for the lookup.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<StaffUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Optional<Long> accountId;
        try {
            accountId = jdbc.sql("""
                            UPDATE account_api_token SET last_used_at = :now
                            WHERE token_hash = :hash AND revoked_at IS NULL RETURNING account_id""")
                    .param("hash", hash(token))
                    .param("now", AccountRepository.utc(clock.instant()))
                    .query(Long.class)
                    .optional();
        } catch (DataAccessException e) {
            if (!ReadOnlyWindowSessions.readOnly(e)) {
                throw e;
            }
            // A failover's read-only window: the token still opens what only reads; its last use goes unnoted.
            accountId = ownerOf(token);
        }
        return accountId.flatMap(accounts::findUser).filter(StaffUser::isEnabled);
    }

    private Optional<Long> ownerOf(String token) {
        return jdbc.sql("SELECT account_id FROM account_api_token WHERE token_hash = :hash AND revoked_at IS NULL")
                .param("hash", hash(token))
                .query(Long.class)
                .optional();
    }

    public List<Token> list(StaffUser owner) {
        return jdbc.sql("SELECT * FROM account_api_token WHERE account_id = :account ORDER BY created_at DESC")
                .param("account", owner.id())
                .query((rs, row) -> new Token(
                        rs.getLong("id"),
                        rs.getString("name"),
                        AccountRepository.instant(rs, "created_at"),
                        AccountRepository.instant(rs, "last_used_at"),
                        AccountRepository.instant(rs, "revoked_at")))
                .list();
    }

    /**
     * Revokes one of the owner's tokens; another's token is left alone.
     *
     * @return whether the owner has such a token (revoked now or before)
     */
    public boolean revoke(StaffUser owner, long tokenId) {
        int revoked = jdbc.sql("""
                        UPDATE account_api_token SET revoked_at = :now
                        WHERE id = :id AND account_id = :account AND revoked_at IS NULL""")
                .param("id", tokenId)
                .param("account", owner.id())
                .param("now", AccountRepository.utc(clock.instant()))
                .update();
        if (revoked > 0) {
            audit.record(owner, "token.revoke", "token:" + tokenId, "");
            return true;
        }
        return jdbc.sql("SELECT count(*) FROM account_api_token WHERE id = :id AND account_id = :account")
                        .param("id", tokenId)
                        .param("account", owner.id())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * A token as listed (never the token itself).
     *
     * @param id database id
     * @param name what the owner called it
     * @param createdAt when it was made
     * @param lastUsedAt last use, or {@code null}
     * @param revokedAt when revoked, or {@code null}
     */
    public record Token(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {}
}
