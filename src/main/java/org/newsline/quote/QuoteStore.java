package org.newsline.quote;

import java.sql.Timestamp;
import java.time.Instant;
import org.newsline.quote.Extraction.Mention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores what a reading of a story found, replacing the previous reading; removes it when a story goes. */
@Repository
class QuoteStore {

    private final JdbcClient jdbc;

    QuoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replace(long articleId, int version, Extraction extraction, Instant at) {
        remove(articleId);
        jdbc.sql("""
                        INSERT INTO quote_source (article_id, version, lang, plain_text, extracted_at)
                        VALUES (:id, :version, :lang, :text, :at)""")
                .param("id", articleId)
                .param("version", version)
                .param("lang", extraction.language().code())
                .param("text", extraction.text())
                .param("at", Timestamp.from(at))
                .update();
        for (Quote quote : extraction.quotes()) {
            jdbc.sql("""
                            INSERT INTO quote (article_id, kind, start_offset, end_offset, quoted, speaker_name, speaker_key,
                                               speaker_id, cue, rule, confidence)
                            VALUES (:article, :kind, :start, :end, :quoted, :speaker, :key, :entity, :cue, :rule, :confidence)""")
                    .param("article", articleId)
                    .param("kind", quote.kind())
                    .param("start", quote.start())
                    .param("end", quote.end())
                    .param("quoted", quote.text())
                    .param("speaker", quote.speaker())
                    .param("key", speakerKey(quote.speaker()))
                    .param(
                            "entity",
                            quote.entity() == null ? null : quote.entity().id())
                    .param("cue", quote.cue())
                    .param("rule", quote.rule())
                    .param("confidence", quote.confidence())
                    .update();
        }
        for (Mention mention : extraction.mentions()) {
            jdbc.sql("""
                            INSERT INTO quote_mention (article_id, entity_id, start_offset, end_offset)
                            VALUES (:article, :entity, :start, :end) ON CONFLICT DO NOTHING""")
                    .param("article", articleId)
                    .param("entity", mention.entity().id())
                    .param("start", mention.start())
                    .param("end", mention.end())
                    .update();
        }
    }

    void remove(long articleId) {
        jdbc.sql("DELETE FROM quote_source WHERE article_id = :id")
                .param("id", articleId)
                .update();
    }

    /** The identity of a speaker's name in any script, as candidates are keyed. */
    static String speakerKey(String name) {
        return name == null ? null : Directory.key(Words.of(name, 0, name.length()));
    }
}
