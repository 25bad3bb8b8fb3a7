package org.newsline.review;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review blocklist in PostgreSQL ({@code review_block}), and the senders of stored reviews. */
@Repository
class BlocklistRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    BlocklistRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * One entry of the blocklist.
     *
     * @param id its id
     * @param kind {@code email}, {@code word} or {@code client}
     * @param value the address, word or client key
     * @param note why or where from
     * @param createdAt when it was added
     */
    record Entry(long id, String kind, String value, String note, OffsetDateTime createdAt) {}

    /**
     * Who sent a stored review.
     *
     * @param email their e-mail address
     * @param addressHash their client key
     */
    record Sender(String email, String addressHash) {}

    List<Entry> entries() {
        return jdbc.sql("SELECT id, kind, value, note, created_at FROM review_block ORDER BY kind, lower(value), id")
                .query((rs, row) -> new Entry(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getString("value"),
                        rs.getString("note"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    List<String> values(String kind) {
        return jdbc.sql("SELECT value FROM review_block WHERE kind = :kind")
                .param("kind", kind)
                .query(String.class)
                .list();
    }

    Optional<Entry> find(long id) {
        return entries().stream().filter(e -> e.id() == id).findFirst();
    }

    /** Whether a review from this address or client key is refused. */
    boolean blocked(String email, String addressHash) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM review_block
                                       WHERE (kind = 'email' AND lower(value) = lower(:email))
                                          OR (kind = 'client' AND value = :client))""")
                .param("email", email)
                .param("client", addressHash)
                .query(Boolean.class)
                .single();
    }

    /** Adds an entry; returns its id, or empty when the same entry is already there. */
    Optional<Long> add(String kind, String value, String note, long accountId) {
        return jdbc.sql("""
                        INSERT INTO review_block (kind, value, note, created_at, created_by)
                        VALUES (:kind, :value, :note, :now, :by)
                        ON CONFLICT DO NOTHING RETURNING id""")
                .param("kind", kind)
                .param("value", value)
                .param("note", note)
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("by", accountId)
                .query(Long.class)
                .optional();
    }

    boolean remove(long id) {
        return jdbc.sql("DELETE FROM review_block WHERE id = :id")
                        .param("id", id)
                        .update()
                == 1;
    }

    Optional<Sender> sender(long reviewId) {
        return jdbc.sql("SELECT email, address_hash FROM review WHERE id = :id")
                .param("id", reviewId)
                .query((rs, row) -> new Sender(rs.getString("email"), rs.getString("address_hash")))
                .optional();
    }
}
