package org.newsline.article;

import static org.newsline.article.ArticleRepository.utc;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.newsline.platform.Language;
import org.newsline.platform.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes stories. Each method is one transaction, and every change readers can see appends a row to
 * {@code change_log} in that same transaction, so followers of the log never miss or invent a change.
 */
@Service
@Transactional
public class ArticleWriter {

    private final JdbcClient jdbc;
    private final Clock clock;

    ArticleWriter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Author createAuthor(String slug, LocalizedText name, LocalizedText role, LocalizedText bio) {
        requireSlug(slug);
        long id = jdbc.sql("""
                        INSERT INTO article_author (slug, name_az, name_ru, name_en, role_az, role_ru, role_en,
                                                    bio_az, bio_ru, bio_en)
                        VALUES (:slug, :nameAz, :nameRu, :nameEn, :roleAz, :roleRu, :roleEn, :bioAz, :bioRu, :bioEn)
                        RETURNING id""")
                .param("slug", slug)
                .param("nameAz", name.az())
                .param("nameRu", name.ru())
                .param("nameEn", name.en())
                .param("roleAz", role.az())
                .param("roleRu", role.ru())
                .param("roleEn", role.en())
                .param("bioAz", bio.az())
                .param("bioRu", bio.ru())
                .param("bioEn", bio.en())
                .query(Long.class)
                .single();
        return new Author(id, slug, name, role, bio);
    }

    /** Returns the tag with this slug, creating it with these names if it does not exist yet. */
    public Tag tag(String slug, LocalizedText name) {
        requireSlug(slug);
        jdbc.sql("""
                        INSERT INTO article_tag (slug, name_az, name_ru, name_en) VALUES (:slug, :az, :ru, :en)
                        ON CONFLICT (slug) DO NOTHING""")
                .param("slug", slug)
                .param("az", name.az())
                .param("ru", name.ru())
                .param("en", name.en())
                .update();
        return jdbc.sql("SELECT * FROM article_tag WHERE slug = :slug")
                .param("slug", slug)
                .query((rs, row) -> ArticleRepository.tag(rs))
                .single();
    }

    /** Records a photo as it will be published with a story. */
    public long createPhoto(
            java.util.UUID mediaId, LocalizedText caption, String credit, PhotoSource source, String licence) {
        return jdbc.sql("""
                        INSERT INTO article_photo (media_id, caption_az, caption_ru, caption_en, credit, source_kind, licence)
                        VALUES (:media, :az, :ru, :en, :credit, :source, :licence) RETURNING id""")
                .param("media", mediaId)
                .param("az", caption.az())
                .param("ru", caption.ru())
                .param("en", caption.en())
                .param("credit", credit)
                .param("source", source.code())
                .param("licence", licence == null ? "" : licence)
                .query(Long.class)
                .single();
    }

    /** Creates a draft; nothing is public until it is published. */
    public long create(ArticleDraft draft) {
        Instant now = clock.instant();
        long setId = draft.translationSetId() != null
                ? draft.translationSetId()
                : jdbc.sql("INSERT INTO article_translation_set (created_at) VALUES (:now) RETURNING id")
                        .param("now", utc(now))
                        .query(Long.class)
                        .single();
        String slug = draft.slug() != null ? requireSlug(draft.slug()) : Slugs.fromHeadline(draft.headline());
        long id = jdbc.sql("""
                        INSERT INTO article (translation_set_id, lang, slug, headline, standfirst, body_md,
                                             dateline_place, dateline_at, category_id, photo_id, urgency, status,
                                             embargo_until, created_at, updated_at)
                        VALUES (:set, :lang, :slug, :headline, :standfirst, :body, :place, :datelineAt,
                                (SELECT id FROM article_category WHERE slug = :category), :photo, :urgency, 'draft',
                                :embargo, :now, :now)
                        RETURNING id""")
                .param("set", setId)
                .param("lang", draft.language().code())
                .param("slug", freeSlug(draft.language(), slug, 0))
                .param("headline", draft.headline())
                .param("standfirst", draft.standfirst())
                .param("body", draft.bodyMarkdown())
                .param("place", draft.datelinePlace())
                .param("datelineAt", utc(draft.datelineAt()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("category", requireCategory(draft.categorySlug()))
                .param("photo", draft.photoId(), java.sql.Types.BIGINT)
                .param("urgency", draft.urgency().code())
                .param("embargo", utc(draft.embargoUntil()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("now", utc(now))
                .query(Long.class)
                .single();
        replaceBylinesAndTags(id, draft);
        return id;
    }

    /**
     * Publishes a story as of {@code publishAt}, which may lie in the past (an imported or backdated story)
     * or in the future (scheduled: readers see it from then on). The story counts as last changed at
     * {@code publishAt}, so a backdated story does not show as "updated".
     */
    public void publish(long id, Instant publishAt) {
        int version = jdbc.sql("""
                        UPDATE article SET status = 'published', publish_at = :publishAt, updated_at = :publishAt,
                                           version = version + 1
                        WHERE id = :id RETURNING version""")
                .param("id", id)
                .param("publishAt", utc(publishAt))
                .query(Integer.class)
                .optional()
                .orElseThrow(() -> new ArticleNotFoundException(id));
        appendChange(id, "published", version);
    }

    /** Saves a new version of a story; a new slug keeps the old one answering with a redirect. */
    public void update(long id, ArticleDraft draft) {
        Current current = current(id);
        String slug = draft.slug() != null ? requireSlug(draft.slug()) : current.slug();
        if (!slug.equals(current.slug())) {
            slug = freeSlug(current.language(), slug, id);
            jdbc.sql("""
                            INSERT INTO article_slug_history (lang, slug, article_id, retired_at)
                            VALUES (:lang, :slug, :id, :now)
                            ON CONFLICT (lang, slug) DO UPDATE SET article_id = :id, retired_at = :now""")
                    .param("lang", current.language().code())
                    .param("slug", current.slug())
                    .param("id", id)
                    .param("now", utc(clock.instant()))
                    .update();
            jdbc.sql("DELETE FROM article_slug_history WHERE lang = :lang AND slug = :slug")
                    .param("lang", current.language().code())
                    .param("slug", slug)
                    .update();
        }
        int version = jdbc.sql("""
                        UPDATE article SET slug = :slug, headline = :headline, standfirst = :standfirst, body_md = :body,
                               dateline_place = :place, dateline_at = :datelineAt,
                               category_id = (SELECT id FROM article_category WHERE slug = :category),
                               photo_id = :photo, urgency = :urgency, embargo_until = :embargo,
                               updated_at = :now, version = version + 1
                        WHERE id = :id RETURNING version""")
                .param("id", id)
                .param("slug", slug)
                .param("headline", draft.headline())
                .param("standfirst", draft.standfirst())
                .param("body", draft.bodyMarkdown())
                .param("place", draft.datelinePlace())
                .param("datelineAt", utc(draft.datelineAt()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("category", requireCategory(draft.categorySlug()))
                .param("photo", draft.photoId(), java.sql.Types.BIGINT)
                .param("urgency", draft.urgency().code())
                .param("embargo", utc(draft.embargoUntil()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("now", utc(clock.instant()))
                .query(Integer.class)
                .single();
        replaceBylinesAndTags(id, draft);
        if (current.published()) {
            appendChange(id, "updated", version);
        }
    }

    /** Adds a dated public correction note to a published story. */
    public void correct(long id, String note) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("A correction needs a note saying what was corrected");
        }
        if (!current(id).published()) {
            throw new IllegalStateException("Only a published story can be corrected; story " + id + " is not");
        }
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO article_correction (article_id, noted_at, note) VALUES (:id, :now, :note)")
                .param("id", id)
                .param("now", utc(now))
                .param("note", note.strip())
                .update();
        int version = bumpVersion(id, now);
        appendChange(id, "corrected", version);
    }

    /** Takes a story off the site; subscribers are told through the change log. */
    public void unpublish(long id) {
        boolean wasPublished = current(id).published();
        Instant now = clock.instant();
        jdbc.sql("UPDATE article SET status = 'unpublished' WHERE id = :id")
                .param("id", id)
                .update();
        int version = bumpVersion(id, now);
        if (wasPublished) {
            appendChange(id, "unpublished", version);
        }
    }

    private int bumpVersion(long id, Instant now) {
        return jdbc.sql("UPDATE article SET version = version + 1, updated_at = :now WHERE id = :id RETURNING version")
                .param("id", id)
                .param("now", utc(now))
                .query(Integer.class)
                .single();
    }

    private void appendChange(long id, String kind, int version) {
        // Serialises change-log writers until commit, so ids become visible in order and a follower that
        // has read up to id N can never later find a smaller id committing behind it.
        jdbc.sql("SELECT pg_advisory_xact_lock(7010)").query((rs, row) -> 1).list();
        jdbc.sql("""
                        INSERT INTO change_log (article_id, kind, version, occurred_at)
                        VALUES (:id, :kind, :version, :now)""")
                .param("id", id)
                .param("kind", kind)
                .param("version", version)
                .param("now", utc(clock.instant()))
                .update();
    }

    private void replaceBylinesAndTags(long id, ArticleDraft draft) {
        jdbc.sql("DELETE FROM article_byline WHERE article_id = :id")
                .param("id", id)
                .update();
        List<Long> authors = draft.authorIds();
        for (int position = 0; position < authors.size(); position++) {
            jdbc.sql("INSERT INTO article_byline (article_id, author_id, position) VALUES (:id, :author, :position)")
                    .param("id", id)
                    .param("author", authors.get(position))
                    .param("position", position)
                    .update();
        }
        jdbc.sql("DELETE FROM article_tagging WHERE article_id = :id")
                .param("id", id)
                .update();
        for (String tag : draft.tagSlugs()) {
            int added = jdbc.sql("""
                            INSERT INTO article_tagging (article_id, tag_id)
                            SELECT :id, id FROM article_tag WHERE slug = :slug ON CONFLICT DO NOTHING""").param("id", id).param("slug", tag).update();
            if (added == 0 && !hasTag(id, tag)) {
                throw new IllegalArgumentException("Unknown tag: " + tag);
            }
        }
    }

    private boolean hasTag(long id, String slug) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM article_tagging g JOIN article_tag t ON t.id = g.tag_id
                                       WHERE g.article_id = :id AND t.slug = :slug)""")
                .param("id", id)
                .param("slug", slug)
                .query(Boolean.class)
                .single();
    }

    /** The slug itself when free in the language, otherwise the slug with the first free "-2", "-3"... */
    private String freeSlug(Language language, String slug, long ownId) {
        String candidate = slug;
        for (int n = 2; slugTaken(language, candidate, ownId); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }

    private boolean slugTaken(Language language, String slug, long ownId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM article WHERE lang = :lang AND slug = :slug AND id <> :own)
                            OR EXISTS (SELECT 1 FROM article_slug_history
                                       WHERE lang = :lang AND slug = :slug AND article_id <> :own)""")
                .param("lang", language.code())
                .param("slug", slug)
                .param("own", ownId)
                .query(Boolean.class)
                .single();
    }

    private String requireCategory(String slug) {
        boolean known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM article_category WHERE slug = :slug)")
                .param("slug", slug)
                .query(Boolean.class)
                .single();
        if (!known) {
            throw new IllegalArgumentException("Unknown category: " + slug);
        }
        return slug;
    }

    private static String requireSlug(String slug) {
        if (!Slugs.isValid(slug)) {
            throw new IllegalArgumentException("Not a valid slug (lower-case letters, digits and dashes): " + slug);
        }
        return slug;
    }

    private Current current(long id) {
        return jdbc.sql("SELECT lang, slug, status FROM article WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> new Current(
                        Language.of(rs.getString("lang")),
                        rs.getString("slug"),
                        "published".equals(rs.getString("status"))))
                .optional()
                .orElseThrow(() -> new ArticleNotFoundException(id));
    }

    private record Current(Language language, String slug, boolean published) {}
}
