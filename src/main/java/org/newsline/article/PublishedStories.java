package org.newsline.article;

import static org.newsline.article.ArticleRepository.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.newsline.platform.Language;
import org.newsline.platform.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads published stories, including scheduled and embargoed ones that readers cannot see yet, for
 * followers that derive data from them. Whoever shows the data must still apply {@link
 * PublishedStory#visibleFrom()}.
 */
@Repository
public class PublishedStories {

    private static final String COLUMNS = """
            SELECT a.id, a.lang, a.slug, a.headline, a.standfirst, a.body_md, a.dateline_place, a.urgency,
                   a.publish_at, greatest(a.publish_at, coalesce(a.embargo_until, a.publish_at)) AS visible_from,
                   c.id AS c_id, c.slug AS c_slug, c.name_az AS c_name_az, c.name_ru AS c_name_ru, c.name_en AS c_name_en
            FROM article a JOIN article_category c ON c.id = a.category_id
            WHERE a.status = 'published'""";

    private final JdbcClient jdbc;
    private final ArticlePaths paths;
    private final BodyRenderer renderer;

    PublishedStories(JdbcClient jdbc, ArticlePaths paths, BodyRenderer renderer) {
        this.jdbc = jdbc;
        this.paths = paths;
        this.renderer = renderer;
    }

    /** The published ones among these stories; a story that is a draft, unpublished or gone is left out. */
    public List<PublishedStory> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Row> rows = jdbc.sql(COLUMNS + " AND a.id IN (:ids) ORDER BY a.id")
                .param("ids", ids)
                .query(this::row)
                .list();
        return complete(rows);
    }

    /** How many stories are published; the size of a full rebuild. */
    public long count() {
        return jdbc.sql("SELECT count(*) FROM article WHERE status = 'published'")
                .query(Long.class)
                .single();
    }

    /** Hands every published story to {@code consumer} in batches of {@code batchSize}, by id. */
    public void forEach(int batchSize, Consumer<List<PublishedStory>> consumer) {
        long after = 0;
        while (true) {
            List<Row> rows = jdbc.sql(COLUMNS + " AND a.id > :after ORDER BY a.id LIMIT :limit")
                    .param("after", after)
                    .param("limit", batchSize)
                    .query(this::row)
                    .list();
            if (rows.isEmpty()) {
                return;
            }
            consumer.accept(complete(rows));
            after = rows.get(rows.size() - 1).id();
        }
    }

    private List<PublishedStory> complete(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of(); // "IN ()" is no SQL: a batch of only unpublished stories must not fail
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<Author>> authors = new HashMap<>();
        jdbc.sql("""
                        SELECT b.article_id, au.* FROM article_byline b JOIN article_author au ON au.id = b.author_id
                        WHERE b.article_id IN (:ids) ORDER BY b.article_id, b.position""")
                .param("ids", ids)
                .query((rs, n) -> authors.computeIfAbsent(rs.getLong("article_id"), id -> new ArrayList<>())
                        .add(ArticleRepository.author(rs)))
                .list();
        Map<Long, List<Tag>> tags = new HashMap<>();
        jdbc.sql("""
                        SELECT g.article_id, t.* FROM article_tagging g JOIN article_tag t ON t.id = g.tag_id
                        WHERE g.article_id IN (:ids) ORDER BY g.article_id, t.slug""")
                .param("ids", ids)
                .query((rs, n) -> tags.computeIfAbsent(rs.getLong("article_id"), id -> new ArrayList<>())
                        .add(ArticleRepository.tag(rs)))
                .list();
        return rows.stream()
                .map(r -> new PublishedStory(
                        r.id(),
                        r.language(),
                        paths.article(r.language(), r.publishAt(), r.slug()),
                        r.headline(),
                        r.standfirst(),
                        renderer.toPlainText(r.bodyMarkdown()),
                        r.datelinePlace(),
                        r.category(),
                        r.urgency(),
                        r.publishAt(),
                        r.visibleFrom(),
                        authors.getOrDefault(r.id(), List.of()),
                        tags.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getLong("id"),
                Language.of(rs.getString("lang")),
                rs.getString("slug"),
                rs.getString("headline"),
                rs.getString("standfirst"),
                rs.getString("body_md"),
                rs.getString("dateline_place"),
                new Category(
                        rs.getInt("c_id"),
                        rs.getString("c_slug"),
                        new LocalizedText(
                                rs.getString("c_name_az"), rs.getString("c_name_ru"), rs.getString("c_name_en"))),
                Urgency.of(rs.getString("urgency")),
                instant(rs, "publish_at"),
                instant(rs, "visible_from"));
    }

    private record Row(
            long id,
            Language language,
            String slug,
            String headline,
            String standfirst,
            String bodyMarkdown,
            String datelinePlace,
            Category category,
            Urgency urgency,
            Instant publishAt,
            Instant visibleFrom) {}
}
