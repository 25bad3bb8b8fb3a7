package org.newsline.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who did what, when: every staff action is recorded here, and admins can read it. */
@Repository
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records an action. Call it in the same transaction as the action, so neither exists without the other.
     *
     * @param actor the staff member, or {@code null} for the system or an anonymous request
     * @param action a dotted verb such as {@code article.publish}
     * @param target what it was done to, such as {@code article:42}
     * @param detail anything worth knowing later, such as the reason given
     */
    public void record(StaffUser actor, String action, String target, String detail) {
        jdbc.sql("""
                        INSERT INTO audit_log (occurred_at, account_id, actor, action, target, detail)
                        VALUES (:now, :account, :actor, :action, :target, :detail)""")
                .param("now", AccountRepository.utc(clock.instant()))
                .param("account", actor == null ? null : actor.id(), java.sql.Types.BIGINT)
                .param("actor", actor == null ? "system" : actor.email())
                .param("action", action)
                .param("target", target == null ? "" : target)
                .param("detail", detail == null ? "" : truncate(detail))
                .update();
    }

    /** Records an action by someone who is not signed in, such as a failed login. */
    public void recordAnonymous(String who, String action, String detail) {
        jdbc.sql("""
                        INSERT INTO audit_log (occurred_at, actor, action, detail)
                        VALUES (:now, :actor, :action, :detail)""")
                .param("now", AccountRepository.utc(clock.instant()))
                .param("actor", truncate(who))
                .param("action", action)
                .param("detail", truncate(detail))
                .update();
    }

    /** The newest entries first. */
    public List<Entry> latest(int limit) {
        return jdbc.sql("SELECT * FROM audit_log ORDER BY occurred_at DESC, id DESC LIMIT :limit")
                .param("limit", limit)
                .query((rs, row) -> new Entry(
                        AccountRepository.instant(rs, "occurred_at"),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("target"),
                        rs.getString("detail")))
                .list();
    }

    private static String truncate(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }

    /**
     * One audit entry.
     *
     * @param at when
     * @param actor who (an e-mail address, or "system")
     * @param action what, such as {@code article.publish}
     * @param target on what, such as {@code article:42}
     * @param detail more
     */
    public record Entry(Instant at, String actor, String action, String target, String detail) {}
}
