package org.newsline.quote;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.newsline.article.ArticlePaths;
import org.newsline.article.ArticleRepository;
import org.newsline.platform.Language;
import org.newsline.web.Link;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What readers may see of the extracted quotes: only from stories they can see, and only direct and partial
 * quotes whose speaker is known with enough confidence, and quotes an editor confirmed; indirect quotes and
 * doubtful speakers wait for an editor, rejected ones are never shown.
 */
@Repository
public class Statements {

    /** The rule of {@link QuoteReviews.Reviewed#shownToReaders()}, as SQL. */
    private static final String PUBLIC =
            " q.speaker_id IS NOT NULL AND q.review_state <> 'rejected' AND (q.review_state"
                    + " = 'confirmed' OR (q.kind <> 'indirect' AND q.confidence >= " + Quote.PUBLIC_CONFIDENCE + ")) ";

    private static final String SELECT = """
            SELECT q.quoted, q.kind, q.speaker_id, e.slug AS speaker_slug, e.name_az, e.name_ru, e.name_en,
                   a.headline, a.slug, a.publish_at,
                   coalesce((SELECT string_agg(t.slug, ' ' ORDER BY t.slug) FROM article_tagging g
                             JOIN article_tag t ON t.id = g.tag_id WHERE g.article_id = a.id), '') AS tags
            FROM quote q JOIN article a ON a.id = q.article_id JOIN quote_entity e ON e.id = q.speaker_id
            WHERE a.lang = :lang AND""" + ArticleRepository.VISIBLE + "AND" + PUBLIC;

    private final JdbcClient jdbc;
    private final ArticlePaths paths;
    private final Clock clock;

    Statements(JdbcClient jdbc, ArticlePaths paths, Clock clock) {
        this.jdbc = jdbc;
        this.paths = paths;
        this.clock = clock;
    }

    /**
     * One quote as readers see it.
     *
     * @param text the quoted words
     * @param kind direct or partial
     * @param speaker who said it, linked to their page
     * @param headline the story's headline
     * @param storyHref the story's address
     * @param publishAt when the story was published
     * @param tags slugs of the story's tags
     */
    public record Statement(
            String text,
            String kind,
            Link speaker,
            String headline,
            String storyHref,
            Instant publishAt,
            List<String> tags) {

        /** The quote as shown on its own: the comma that led back into the story's sentence is dropped. */
        public String shown() {
            return text.endsWith(",") ? text.substring(0, text.length() - 1) : text;
        }
    }

    List<Statement> bySpeaker(long entityId, Language language, int limit) {
        return jdbc.sql(SELECT + " AND q.speaker_id = :entity ORDER BY a.publish_at DESC, q.start_offset LIMIT :limit")
                .param("lang", language.code())
                .param("now", Timestamp.from(clock.instant()))
                .param("entity", entityId)
                .param("limit", limit)
                .query((rs, n) -> statement(rs, language))
                .list();
    }

    List<Statement> byTag(String tagSlug, Language language, int limit) {
        return jdbc.sql(SELECT + """
                         AND EXISTS (SELECT 1 FROM article_tagging g JOIN article_tag t ON t.id = g.tag_id
                                     WHERE g.article_id = a.id AND t.slug = :tag)
                        ORDER BY a.publish_at DESC, q.start_offset LIMIT :limit""")
                .param("lang", language.code())
                .param("now", Timestamp.from(clock.instant()))
                .param("tag", tagSlug)
                .param("limit", limit)
                .query((rs, n) -> statement(rs, language))
                .list();
    }

    /** Quotes from stories that mention the entity (a place or an organisation). */
    List<Statement> byMention(long entityId, Language language, int limit) {
        return jdbc.sql(SELECT + """
                         AND EXISTS (SELECT 1 FROM quote_mention m WHERE m.article_id = a.id AND m.entity_id = :entity)
                        ORDER BY a.publish_at DESC, q.start_offset LIMIT :limit""")
                .param("lang", language.code())
                .param("now", Timestamp.from(clock.instant()))
                .param("entity", entityId)
                .param("limit", limit)
                .query((rs, n) -> statement(rs, language))
                .list();
    }

    /** The speakers readers may see quoted in one story, in order of their first quote, linked to their pages. */
    public List<Link> speakersOf(long articleId, Language language) {
        return jdbc.sql("""
                        SELECT e.slug, e.name_az, e.name_ru, e.name_en, min(q.start_offset) AS first
                        FROM quote q JOIN quote_entity e ON e.id = q.speaker_id
                        WHERE q.article_id = :id AND""" + PUBLIC + """
                        GROUP BY e.id ORDER BY first""")
                .param("id", articleId)
                .query((rs, n) -> Link.to(name(rs, language), personPath(language, rs.getString("slug"))))
                .list();
    }

    static String personPath(Language language, String slug) {
        return "/" + language.code() + "/people/" + slug;
    }

    static String topicPath(Language language, String slug) {
        return "/" + language.code() + "/topics/" + slug;
    }

    private Statement statement(ResultSet rs, Language language) throws SQLException {
        Instant publishAt = rs.getTimestamp("publish_at").toInstant();
        String tags = rs.getString("tags");
        return new Statement(
                rs.getString("quoted"),
                rs.getString("kind"),
                Link.to(name(rs, language), personPath(language, rs.getString("speaker_slug"))),
                rs.getString("headline"),
                paths.article(language, publishAt, rs.getString("slug")),
                publishAt,
                tags.isBlank() ? List.of() : Arrays.asList(tags.split(" ")));
    }

    private static String name(ResultSet rs, Language language) throws SQLException {
        return new org.newsline.platform.LocalizedText(
                        rs.getString("name_az"), rs.getString("name_ru"), rs.getString("name_en"))
                .in(language);
    }
}
