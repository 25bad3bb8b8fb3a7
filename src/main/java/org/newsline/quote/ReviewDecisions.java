package org.newsline.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Applies editors' decisions to a fresh reading of a story. Each decision is found again by its quoted words,
 * at its old offsets or else at the nearest place the same words now stand; its span then replaces whatever the
 * extractor found there, so a confirmed quote is never overwritten or dropped and a rejected one never comes
 * back as new. A decision whose words are no longer in the story is kept, unapplied, in case they return.
 */
@Repository
class ReviewDecisions {

    private final JdbcClient jdbc;

    ReviewDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs in the transaction that stored the reading, right after it. */
    void apply(long articleId) {
        String text = jdbc.sql("SELECT plain_text FROM quote_source WHERE article_id = :id")
                .param("id", articleId)
                .query(String.class)
                .optional()
                .orElse(null);
        if (text == null) {
            return;
        }
        List<Map<String, Object>> decisions = jdbc.sql(
                        "SELECT * FROM quote_decision WHERE article_id = :id ORDER BY decided_at DESC, id DESC")
                .param("id", articleId)
                .query()
                .listOfRows();
        List<int[]> taken = new ArrayList<>();
        for (Map<String, Object> decision : decisions) {
            String quoted = (String) decision.get("quoted");
            int start = locate(text, quoted, (Integer) decision.get("start_offset"));
            int end = start + quoted.length();
            // The newest decision wins where two would now cover the same words.
            if (start < 0 || taken.stream().anyMatch(t -> t[0] < end && t[1] > start)) {
                continue;
            }
            taken.add(new int[] {start, end});
            jdbc.sql("UPDATE quote_decision SET start_offset = :start, end_offset = :end WHERE id = :id")
                    .param("start", start)
                    .param("end", end)
                    .param("id", decision.get("id"))
                    .update();
            jdbc.sql("DELETE FROM quote WHERE article_id = :article AND start_offset < :end AND end_offset > :start")
                    .param("article", articleId)
                    .param("start", start)
                    .param("end", end)
                    .update();
            jdbc.sql("""
                            INSERT INTO quote (article_id, kind, start_offset, end_offset, quoted, speaker_name, speaker_key,
                                               speaker_id, cue, rule, confidence, review_state, decided_by, decided_at)
                            VALUES (:article, :kind, :start, :end, :quoted, :speaker, :key, :entity, :cue, :rule,
                                    :confidence, :state, :by, :at)""")
                    .param("article", articleId)
                    .param("kind", decision.get("kind"))
                    .param("start", start)
                    .param("end", end)
                    .param("quoted", quoted)
                    .param("speaker", decision.get("speaker_name"))
                    .param("key", QuoteStore.speakerKey((String) decision.get("speaker_name")))
                    .param("entity", decision.get("speaker_id"))
                    .param("cue", decision.get("cue"))
                    .param("rule", decision.get("rule"))
                    .param("confidence", decision.get("confidence"))
                    .param("state", decision.get("state"))
                    .param("by", decision.get("decided_by"))
                    .param("at", decision.get("decided_at"))
                    .update();
        }
    }

    /** Where the quoted words stand now: at their old offset if still there, else the nearest occurrence, or -1. */
    static int locate(String text, String quoted, int previousStart) {
        if (text.startsWith(quoted, previousStart)) {
            return previousStart;
        }
        int best = -1;
        for (int at = text.indexOf(quoted); at >= 0; at = text.indexOf(quoted, at + 1)) {
            if (best < 0 || Math.abs(at - previousStart) < Math.abs(best - previousStart)) {
                best = at;
            }
        }
        return best;
    }
}
