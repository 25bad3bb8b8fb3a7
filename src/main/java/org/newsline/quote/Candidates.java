package org.newsline.quote;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.newsline.platform.Language;
import org.newsline.platform.LocalizedText;
import org.newsline.quote.Cues.Gender;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names the extractor met as speakers that the registry does not know, queued for editors. Accepting one
 * creates an entity or adds the name to an existing one; dismissing it keeps it from being queued again.
 * Either way, quotes already stored under that name are linked at once.
 */
@Repository
public class Candidates {

    private final JdbcClient jdbc;
    private final Registry registry;
    private final Clock clock;

    Candidates(JdbcClient jdbc, Registry registry, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * A name waiting for a decision.
     *
     * @param id database id
     * @param name the name as first written
     * @param language language of the story it came from
     * @param articleId that story, or null if it is gone
     * @param seen how many readings met it
     */
    public record Candidate(long id, String name, Language language, Long articleId, int seen) {}

    void queue(String name, String key, Language language, long articleId) {
        jdbc.sql("""
                        INSERT INTO quote_candidate (name, name_key, lang, article_id) VALUES (:name, :key, :lang, :article)
                        ON CONFLICT (name_key) DO UPDATE SET seen = quote_candidate.seen + 1
                        WHERE quote_candidate.status = 'pending'""")
                .param("name", name)
                .param("key", key)
                .param("lang", language.code())
                .param("article", articleId)
                .update();
    }

    public List<Candidate> pending(int limit) {
        return jdbc.sql("""
                        SELECT id, name, lang, article_id, seen FROM quote_candidate WHERE status = 'pending'
                        ORDER BY seen DESC, created_at, id LIMIT :limit""")
                .param("limit", limit)
                .query((rs, n) -> new Candidate(
                        rs.getLong("id"),
                        rs.getString("name"),
                        Language.of(rs.getString("lang")),
                        rs.getObject("article_id", Long.class),
                        rs.getInt("seen")))
                .list();
    }

    public Optional<Candidate> findPending(long id) {
        return pending(Integer.MAX_VALUE).stream().filter(c -> c.id() == id).findFirst();
    }

    /** Creates an entity of this kind named as the candidate; returns the entity's id. */
    @Transactional
    public long acceptAsNew(long id, String kind, String decidedBy) {
        Candidate candidate = pendingOrThrow(id);
        long entityId = registry.create(kind, LocalizedText.of(candidate.name()), Gender.UNKNOWN, List.of(), List.of());
        decide(candidate, "accepted", decidedBy, entityId);
        return entityId;
    }

    /** Adds the candidate's name to an existing entity. */
    @Transactional
    public void mergeInto(long id, long entityId, String decidedBy) {
        Candidate candidate = pendingOrThrow(id);
        registry.find(entityId).orElseThrow(() -> new IllegalArgumentException("No entity with id " + entityId));
        registry.addAlias(entityId, candidate.name());
        decide(candidate, "accepted", decidedBy, entityId);
    }

    @Transactional
    public void dismiss(long id, String decidedBy) {
        decide(pendingOrThrow(id), "dismissed", decidedBy, null);
    }

    private Candidate pendingOrThrow(long id) {
        return findPending(id)
                .orElseThrow(() -> new IllegalStateException("Name " + id + " is not waiting for a decision"));
    }

    private void decide(Candidate candidate, String status, String decidedBy, Long entityId) {
        jdbc.sql("""
                        UPDATE quote_candidate SET status = :status, decided_by = :by, decided_at = :at
                        WHERE id = :id AND status = 'pending'""")
                .param("status", status)
                .param("by", decidedBy)
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("id", candidate.id())
                .update();
        if (entityId != null) {
            jdbc.sql("""
                            UPDATE quote SET speaker_id = :entity
                            WHERE speaker_id IS NULL AND speaker_key = (SELECT name_key FROM quote_candidate WHERE id = :id)""").param("entity", entityId).param("id", candidate.id()).update();
        }
    }
}
