package org.newsline.article;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every saved version of a story, so that no edit is ever lost and any version can be restored. */
@Repository
public class RevisionRepository {

    private final JdbcClient jdbc;

    RevisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Copies the story as it is now into a revision row for its current version. */
    void snapshot(long articleId, Long savedBy, Instant at) {
        jdbc.sql("""
                        INSERT INTO article_revision (article_id, version, saved_at, saved_by, status, slug, headline,
                               standfirst, body_md, dateline_place, category_slug, urgency, photo_id, author_ids,
                               tag_slugs, embargo_until)
                        SELECT a.id, a.version, :at, :savedBy, a.status, a.slug, a.headline, a.standfirst, a.body_md,
                               a.dateline_place, c.slug, a.urgency, a.photo_id,
                               coalesce((SELECT array_agg(b.author_id ORDER BY b.position) FROM article_byline b
                                         WHERE b.article_id = a.id), '{}'),
                               coalesce((SELECT array_agg(t.slug ORDER BY t.slug) FROM article_tagging g
                                         JOIN article_tag t ON t.id = g.tag_id WHERE g.article_id = a.id), '{}'),
                               a.embargo_until
                        FROM article a JOIN article_category c ON c.id = a.category_id
                        WHERE a.id = :id
                        ON CONFLICT (article_id, version) DO NOTHING""")
                .param("id", articleId)
                .param("savedBy", savedBy, java.sql.Types.BIGINT)
                .param("at", ArticleRepository.utc(at))
                .update();
    }

    /** All revisions of a story, newest first. */
    public List<Revision> list(long articleId) {
        return jdbc.sql(SELECT + " WHERE r.article_id = :id ORDER BY r.version DESC")
                .param("id", articleId)
                .query(RevisionRepository::revision)
                .list();
    }

    public Optional<Revision> find(long articleId, int version) {
        return jdbc.sql(SELECT + " WHERE r.article_id = :id AND r.version = :version")
                .param("id", articleId)
                .param("version", version)
                .query(RevisionRepository::revision)
                .optional();
    }

    private static final String SELECT = """
            SELECT r.*, acc.display_name AS saved_by_name
            FROM article_revision r LEFT JOIN account acc ON acc.id = r.saved_by""";

    private static Revision revision(ResultSet rs, int row) throws SQLException {
        return new Revision(
                rs.getLong("article_id"),
                rs.getInt("version"),
                ArticleRepository.instant(rs, "saved_at"),
                rs.getString("saved_by_name"),
                Status.of(rs.getString("status")),
                new ArticleDraft(
                        null,
                        null,
                        rs.getString("slug"),
                        rs.getString("headline"),
                        rs.getString("standfirst"),
                        rs.getString("body_md"),
                        rs.getString("dateline_place"),
                        null,
                        rs.getString("category_slug"),
                        longs(rs.getArray("author_ids")),
                        strings(rs.getArray("tag_slugs")),
                        rs.getObject("photo_id") == null ? null : rs.getLong("photo_id"),
                        Urgency.of(rs.getString("urgency")),
                        ArticleRepository.instant(rs, "embargo_until")));
    }

    private static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
