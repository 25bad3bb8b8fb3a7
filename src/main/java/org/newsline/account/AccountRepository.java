package org.newsline.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff accounts in {@code account}. E-mail addresses are matched without regard to case. */
@Repository
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String email, String displayName, Role role, String passwordHash, Instant now) {
        return jdbc.sql("""
                        INSERT INTO account (email, display_name, role, password_hash, created_at)
                        VALUES (:email, :name, :role, :hash, :now) RETURNING id""")
                .param("email", email)
                .param("name", displayName)
                .param("role", role.code())
                .param("hash", passwordHash)
                .param("now", utc(now))
                .query(Long.class)
                .single();
    }

    Optional<StaffUser> findUser(String email) {
        return jdbc.sql("SELECT * FROM account WHERE lower(email) = lower(:email)")
                .param("email", email)
                .query(AccountRepository::user)
                .optional();
    }

    Optional<StaffUser> findUser(long id) {
        return jdbc.sql("SELECT * FROM account WHERE id = :id")
                .param("id", id)
                .query(AccountRepository::user)
                .optional();
    }

    boolean exists(String email) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM account WHERE lower(email) = lower(:email))")
                .param("email", email)
                .query(Boolean.class)
                .single();
    }

    List<Account> list() {
        return jdbc.sql("SELECT * FROM account ORDER BY role DESC, display_name")
                .query((rs, row) -> new Account(
                        rs.getLong("id"),
                        rs.getString("email"),
                        rs.getString("display_name"),
                        Role.of(rs.getString("role")),
                        rs.getBoolean("enabled"),
                        instant(rs, "created_at"),
                        instant(rs, "last_login_at")))
                .list();
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("UPDATE account SET enabled = :enabled WHERE id = :id")
                .param("id", id)
                .param("enabled", enabled)
                .update();
    }

    void setRole(long id, Role role) {
        jdbc.sql("UPDATE account SET role = :role WHERE id = :id")
                .param("id", id)
                .param("role", role.code())
                .update();
    }

    void recordLogin(long id, Instant now) {
        jdbc.sql("UPDATE account SET last_login_at = :now WHERE id = :id")
                .param("id", id)
                .param("now", utc(now))
                .update();
    }

    private static StaffUser user(ResultSet rs, int row) throws SQLException {
        return new StaffUser(
                rs.getLong("id"),
                rs.getString("email"),
                rs.getString("password_hash"),
                rs.getString("display_name"),
                Role.of(rs.getString("role")),
                rs.getBoolean("enabled"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
