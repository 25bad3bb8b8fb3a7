package org.newsline.quote;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsline.platform.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors' review of a story's extracted quotes: confirm one, reject it, or name its speaker. A decision is kept
 * apart from the extraction (see {@link ReviewDecisions}) and survives every later reading of the story.
 *
 * <p>Readers see a quote when it has a registry speaker and was confirmed, or, without review, when it is direct
 * or partial and its speaker rule is at least {@link Quote#PUBLIC_CONFIDENCE} sure (0.75: a cue with a name, a
 * title, the last speaker's pronoun or a continuing paragraph; not a pronoun that skips back over another
 * speaker, 0.7). Indirect quotes always wait for an editor. Rejected quotes are never shown.
 */
@Repository
public class QuoteReviews {

    /** The rule recorded when an editor named the speaker. */
    public static final String EDITOR_RULE = "editor";

    private final JdbcClient jdbc;
    private final Registry registry;
    private final Clock clock;

    QuoteReviews(JdbcClient jdbc, Registry registry, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * One extracted quote as the newsroom reviews it.
     *
     * @param id row id; it changes whenever the story is read again
     * @param kind direct, partial or indirect
     * @param start offset into the story's plain text
     * @param end offset after the last quoted character
     * @param text the quoted words
     * @param speaker the speaker as written or named by an editor, or null
     * @param speakerSlug the speaker's registry page slug, or null if the registry does not know them
     * @param cue the reporting verb, or null
     * @param rule the rule that named the speaker ({@value #EDITOR_RULE} when an editor did)
     * @param confidence how sure that rule is, 0 to 1
     * @param state auto, confirmed or rejected
     * @param decidedBy who decided, or null
     * @param decidedAt when, or null
     */
    public record Reviewed(
            long id,
            String kind,
            int start,
            int end,
            String text,
            String speaker,
            String speakerSlug,
            String cue,
            String rule,
            double confidence,
            String state,
            String decidedBy,
            Instant decidedAt) {

        /** Whether readers see this quote on person and topic pages now. */
        public boolean shownToReaders() {
            if ("rejected".equals(state) || speakerSlug == null) {
                return false;
            }
            return "confirmed".equals(state) || (!"indirect".equals(kind) && confidence >= Quote.PUBLIC_CONFIDENCE);
        }
    }

    /**
     * The last reading of a story.
     *
     * @param version the story version that was read
     * @param language its language
     * @param text the plain text the offsets index
     * @param quotes in order of position
     */
    public record StoryQuotes(int version, Language language, String text, List<Reviewed> quotes) {}

    /** The story's last reading, or empty if it was never read (not published yet, or taken down). */
    public Optional<StoryQuotes> of(long articleId) {
        return jdbc.sql("SELECT version, lang, plain_text FROM quote_source WHERE article_id = :id")
                .param("id", articleId)
                .query((rs, n) -> new StoryQuotes(
                        rs.getInt("version"),
                        Language.of(rs.getString("lang")),
                        rs.getString("plain_text"),
                        quotes(articleId)))
                .optional();
    }

    /** Every person in the registry, for choosing a speaker. */
    public List<Entity> people() {
        return registry.all().stream().filter(Entity::isPerson).toList();
    }

    /**
     * The registry person an editor typed: by page slug in brackets ("Helen Crawford (helen-crawford)", as the
     * suggestions offer it), or by any known spelling in any script.
     */
    public Optional<Entity> findPerson(String typed, Language language) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String value = typed.strip();
        java.util.regex.Matcher slug =
                java.util.regex.Pattern.compile("\\(([a-z0-9-]+)\\)$").matcher(value);
        if (slug.find()) {
            return registry.findBySlug(slug.group(1)).filter(Entity::isPerson);
        }
        return registry.directory()
                .find(Words.of(value, 0, value.length()), language)
                .filter(Entity::isPerson);
    }

    /** Confirms the quote as extracted. */
    @Transactional
    public Reviewed confirm(long articleId, long quoteId, String by) {
        Map<String, Object> quote = load(articleId, quoteId);
        decide(articleId, quote, "confirmed", by);
        return reload(articleId, quoteId);
    }

    /** Rejects the quote: it is not a quote, or not this speaker's, and readers never see it. */
    @Transactional
    public Reviewed reject(long articleId, long quoteId, String by) {
        Map<String, Object> quote = load(articleId, quoteId);
        decide(articleId, quote, "rejected", by);
        return reload(articleId, quoteId);
    }

    /** Names a registry person as the speaker and confirms the quote. */
    @Transactional
    public Reviewed reassign(long articleId, long quoteId, Entity person, Language language, String by) {
        if (!person.isPerson()) {
            throw new IllegalArgumentException("Not a person: '" + person.slug() + "'");
        }
        Map<String, Object> quote = load(articleId, quoteId);
        quote.put("speaker_name", person.name().in(language));
        quote.put("speaker_id", person.id());
        quote.put("rule", EDITOR_RULE);
        quote.put("confidence", 1.0f);
        decide(articleId, quote, "confirmed", by);
        return reload(articleId, quoteId);
    }

    private Map<String, Object> load(long articleId, long quoteId) {
        return jdbc
                .sql("SELECT * FROM quote WHERE id = :quote AND article_id = :article FOR UPDATE")
                .param("quote", quoteId)
                .param("article", articleId)
                .query()
                .listOfRows()
                .stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Quote " + quoteId + " is no longer in story " + articleId
                        + ": the story was read again since the page was shown. Reload it and decide again."));
    }

    private void decide(long articleId, Map<String, Object> quote, String state, String by) {
        Timestamp at = Timestamp.from(clock.instant());
        jdbc.sql(
                        "DELETE FROM quote_decision WHERE article_id = :article AND start_offset < :end AND end_offset > :start")
                .param("article", articleId)
                .param("start", quote.get("start_offset"))
                .param("end", quote.get("end_offset"))
                .update();
        jdbc.sql("""
                        INSERT INTO quote_decision (article_id, state, start_offset, end_offset, quoted, kind, speaker_name,
                                                    speaker_id, cue, rule, confidence, decided_by, decided_at)
                        VALUES (:article, :state, :start, :end, :quoted, :kind, :speaker, :entity, :cue, :rule, :confidence,
                                :by, :at)""")
                .param("article", articleId)
                .param("state", state)
                .param("start", quote.get("start_offset"))
                .param("end", quote.get("end_offset"))
                .param("quoted", quote.get("quoted"))
                .param("kind", quote.get("kind"))
                .param("speaker", quote.get("speaker_name"))
                .param("entity", quote.get("speaker_id"))
                .param("cue", quote.get("cue"))
                .param("rule", quote.get("rule"))
                .param("confidence", quote.get("confidence"))
                .param("by", by)
                .param("at", at)
                .update();
        jdbc.sql("""
                        UPDATE quote SET review_state = :state, decided_by = :by, decided_at = :at, speaker_name = :speaker,
                                         speaker_key = :key, speaker_id = :entity, rule = :rule, confidence = :confidence
                        WHERE id = :id""")
                .param("state", state)
                .param("by", by)
                .param("at", at)
                .param("speaker", quote.get("speaker_name"))
                .param("key", QuoteStore.speakerKey((String) quote.get("speaker_name")))
                .param("entity", quote.get("speaker_id"))
                .param("rule", quote.get("rule"))
                .param("confidence", quote.get("confidence"))
                .param("id", quote.get("id"))
                .update();
    }

    private Reviewed reload(long articleId, long quoteId) {
        return quotes(articleId).stream()
                .filter(q -> q.id() == quoteId)
                .findFirst()
                .orElseThrow();
    }

    private List<Reviewed> quotes(long articleId) {
        return jdbc.sql("""
                        SELECT q.*, e.slug AS speaker_slug FROM quote q LEFT JOIN quote_entity e ON e.id = q.speaker_id
                        WHERE q.article_id = :id ORDER BY q.start_offset""")
                .param("id", articleId)
                .query((rs, n) -> reviewed(rs))
                .list();
    }

    private static Reviewed reviewed(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp("decided_at");
        return new Reviewed(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getInt("start_offset"),
                rs.getInt("end_offset"),
                rs.getString("quoted"),
                rs.getString("speaker_name"),
                rs.getString("speaker_slug"),
                rs.getString("cue"),
                rs.getString("rule"),
                rs.getDouble("confidence"),
                rs.getString("review_state"),
                rs.getString("decided_by"),
                at == null ? null : at.toInstant());
    }
}
