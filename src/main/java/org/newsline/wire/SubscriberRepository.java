package org.newsline.wire;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.newsline.wire.Subscriber.Key;
import org.newsline.wire.Subscriber.Product;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Subscribers, their products and their pull keys in {@code wire_*} tables. */
@Repository
class SubscriberRepository {

    private final JdbcClient jdbc;

    SubscriberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewSubscriber s, String secret, Instant now) {
        long id = jdbc.sql("""
                        INSERT INTO wire_subscriber (name, contact, early_embargo, webhook_url, webhook_secret,
                                                     webhook_format, requests_per_minute, push_after_change, created_at)
                        VALUES (:name, :contact, :early, :url, :secret, :format, :rpm,
                                (SELECT coalesce(max(id), 0) FROM change_log), :now)
                        RETURNING id""")
                .param("name", s.name())
                .param("contact", s.contact())
                .param("early", s.earlyEmbargo())
                .param("url", s.webhookUrl())
                .param("secret", secret)
                .param("format", s.webhookFormat().code())
                .param("rpm", s.requestsPerMinute())
                .param("now", now.atOffset(ZoneOffset.UTC))
                .query(Long.class)
                .single();
        for (Product product : s.products()) {
            jdbc.sql("""
                            INSERT INTO wire_product (subscriber_id, languages, categories, max_urgency_rank)
                            VALUES (:id, string_to_array(:languages, ','), string_to_array(:categories, ','), :rank)""")
                    .param("id", id)
                    .param("languages", String.join(",", product.languages()))
                    .param("categories", String.join(",", product.categories()))
                    .param("rank", product.rank())
                    .update();
        }
        return id;
    }

    List<String> unknownCategories(List<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        List<String> known = jdbc.sql("SELECT slug FROM article_category WHERE slug IN (:slugs)")
                .param("slugs", slugs)
                .query(String.class)
                .list();
        return slugs.stream().filter(slug -> !known.contains(slug)).toList();
    }

    Optional<Subscriber> find(long id) {
        return jdbc.sql("SELECT * FROM wire_subscriber WHERE id = :id")
                .param("id", id)
                .query(this::subscriber)
                .optional();
    }

    List<Subscriber> list() {
        return jdbc.sql("SELECT * FROM wire_subscriber ORDER BY lower(name), id")
                .query(this::subscriber)
                .list();
    }

    Optional<String> secret(long id) {
        return jdbc.sql("SELECT webhook_secret FROM wire_subscriber WHERE id = :id AND webhook_secret IS NOT NULL")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    boolean setStatus(long id, String status) {
        return jdbc.sql("UPDATE wire_subscriber SET status = :status WHERE id = :id")
                        .param("id", id)
                        .param("status", status)
                        .update()
                > 0;
    }

    long insertKey(long subscriberId, String hash, String prefix, Instant now) {
        return jdbc.sql("""
                        INSERT INTO wire_api_key (subscriber_id, key_hash, key_prefix, created_at)
                        VALUES (:subscriber, :hash, :prefix, :now) RETURNING id""")
                .param("subscriber", subscriberId)
                .param("hash", hash)
                .param("prefix", prefix)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .query(Long.class)
                .single();
    }

    boolean revokeKey(long subscriberId, long keyId, Instant now) {
        return jdbc.sql("""
                        UPDATE wire_api_key SET revoked_at = coalesce(revoked_at, :now)
                        WHERE id = :key AND subscriber_id = :subscriber""")
                        .param("subscriber", subscriberId)
                        .param("key", keyId)
                        .param("now", now.atOffset(ZoneOffset.UTC))
                        .update()
                > 0;
    }

    List<Key> keys(long subscriberId) {
        return jdbc.sql("SELECT * FROM wire_api_key WHERE subscriber_id = :id ORDER BY created_at DESC, id DESC")
                .param("id", subscriberId)
                .query((rs, row) -> new Key(
                        rs.getLong("id"),
                        rs.getString("key_prefix"),
                        ItemReader.instant(rs, "created_at"),
                        ItemReader.instant(rs, "last_used_at"),
                        ItemReader.instant(rs, "revoked_at")))
                .list();
    }

    /** The caller a key belongs to, if it is valid and not revoked; notes its use. */
    Optional<Caller> authenticate(String hash, Instant now) {
        return jdbc.sql("""
                        UPDATE wire_api_key k SET last_used_at = :now FROM wire_subscriber s
                        WHERE k.key_hash = :hash AND k.revoked_at IS NULL AND s.id = k.subscriber_id
                        RETURNING k.id, s.id AS subscriber_id, s.status, s.requests_per_minute""")
                .param("hash", hash)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .query((rs, row) -> new Caller(
                        rs.getLong("subscriber_id"),
                        rs.getLong("id"),
                        rs.getString("status").equals("active"),
                        rs.getInt("requests_per_minute")))
                .optional();
    }

    private Subscriber subscriber(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        return new Subscriber(
                id,
                rs.getString("name"),
                rs.getString("contact"),
                rs.getString("status"),
                rs.getBoolean("early_embargo"),
                rs.getString("webhook_url"),
                WireFormat.fromCode(rs.getString("webhook_format")).orElse(WireFormat.NINJS),
                rs.getInt("requests_per_minute"),
                ItemReader.instant(rs, "created_at"),
                products(id));
    }

    private List<Product> products(long subscriberId) {
        return jdbc.sql("SELECT * FROM wire_product WHERE subscriber_id = :id ORDER BY id")
                .param("id", subscriberId)
                .query((rs, row) -> new Product(
                        strings(rs.getArray("languages")),
                        strings(rs.getArray("categories")),
                        Product.urgencyOf(rs.getInt("max_urgency_rank"))))
                .list();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
