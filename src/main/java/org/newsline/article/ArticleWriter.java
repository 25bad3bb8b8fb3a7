package org.newsline.article;

import static org.newsline.article.ArticleRepository.utc;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.newsline.platform.CurrentActor;
import org.newsline.platform.Jobs;
import org.newsline.platform.Language;
import org.springframework.beans.factory.ObjectProvider;
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

    static final String RELEASE_JOB = "article-release";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ChangeLogRepository changeLog;
    private final RevisionRepository revisions;
    private final Jobs jobs;
    private final ObjectProvider<CurrentActor> actor;

    ArticleWriter(
            JdbcClient jdbc,
            Clock clock,
            ChangeLogRepository changeLog,
            RevisionRepository revisions,
            Jobs jobs,
            ObjectProvider<CurrentActor> actor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.changeLog = changeLog;
        this.revisions = revisions;
        this.jobs = jobs;
        this.actor = actor;
    }

    /** Creates a draft by the system (demo content, imports); nothing is public until it is published. */
    public long create(ArticleDraft draft) {
        return create(draft, actorId());
    }

    /**
     * Creates a draft started by a staff member, who may then edit it as a correspondent.
     *
     * @param createdBy the staff account id, or {@code null} for the system
     */
    public long create(ArticleDraft draft, Long createdBy) {
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
                                             embargo_until, created_at, updated_at, created_by)
                        VALUES (:set, :lang, :slug, :headline, :standfirst, :body, :place, :datelineAt,
                                (SELECT id FROM article_category WHERE slug = :category), :photo, :urgency, 'draft',
                                :embargo, :now, :now, :createdBy)
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
                .param("createdBy", createdBy, java.sql.Types.BIGINT)
                .query(Long.class)
                .single();
        replaceBylinesAndTags(id, draft);
        snapshot(id);
        return id;
    }

    /**
     * Publishes a story as of {@code publishAt}, which may lie in the past (an imported or backdated story)
     * or in the future (scheduled: readers see it from then on), keeping its embargo. The story counts as
     * last changed at {@code publishAt}, so a backdated story does not show as "updated".
     */
    public void publish(long id, Instant publishAt) {
        publish(id, publishAt, current(id).embargoUntil());
    }

    /**
     * Publishes a story as of {@code publishAt} with an embargo ({@code null} for none). Readers see it
     * from the later of the two. A story that becomes visible now gets its {@code published} change at
     * once; a later one gets it from a release job at that time, exactly once across all nodes.
     */
    public void publish(long id, Instant publishAt, Instant embargoUntil) {
        int version = jdbc.sql("""
                        UPDATE article SET status = 'published', publish_at = :publishAt, embargo_until = :embargo,
                                           updated_at = :publishAt, unpublish_reason = NULL, version = version + 1
                        WHERE id = :id RETURNING version""")
                .param("id", id)
                .param("publishAt", utc(publishAt))
                .param("embargo", utc(embargoUntil), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .query(Integer.class)
                .optional()
                .orElseThrow(() -> new ArticleNotFoundException(id));
        Instant visibleFrom = embargoUntil != null && embargoUntil.isAfter(publishAt) ? embargoUntil : publishAt;
        if (visibleFrom.isAfter(clock.instant())) {
            jobs.schedule(RELEASE_JOB, Long.toString(id), visibleFrom);
            if (!publishAt.isAfter(clock.instant())) {
                // only the wire acts on it: subscribers allowed early delivery get the story marked as embargoed
                changeLog.append(id, "embargoed", version, clock.instant());
            }
        } else {
            jobs.cancel(RELEASE_JOB, Long.toString(id));
            changeLog.append(id, "published", version, clock.instant());
        }
        snapshot(id);
    }

    /** Sends a draft to the editors. */
    public void submit(long id) {
        Current current = current(id);
        if (current.status() != Status.DRAFT) {
            throw new IllegalStateException("Only a draft can be submitted; story " + id + " is "
                    + current.status().code());
        }
        jdbc.sql("UPDATE article SET status = 'submitted' WHERE id = :id")
                .param("id", id)
                .update();
        bumpVersion(id, clock.instant());
        snapshot(id);
    }

    /**
     * Saves a new version of a story; a new slug keeps the old one answering with a redirect.
     *
     * @param basedOnVersion the version the editor started from
     * @return the new version
     * @throws VersionConflictException when someone saved a newer version meanwhile; nothing is changed
     */
    public int update(long id, ArticleDraft draft, int basedOnVersion) {
        Current current = current(id);
        if (current.version() != basedOnVersion) {
            throw new VersionConflictException(id, basedOnVersion, current.version());
        }
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
                        WHERE id = :id AND version = :basedOn RETURNING version""")
                .param("id", id)
                .param("basedOn", basedOnVersion)
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
                .optional()
                .orElseThrow(() -> new VersionConflictException(
                        id, basedOnVersion, current(id).version()));
        replaceBylinesAndTags(id, draft);
        if (current.visible(clock.instant())) {
            changeLog.append(id, "updated", version, clock.instant());
        } else if (current.embargoedAhead(clock.instant())) {
            changeLog.append(id, "embargoed", version, clock.instant());
        }
        snapshot(id);
        return version;
    }

    /** Saves an earlier revision's content as the newest version. */
    public int restore(long id, int revisionVersion, int basedOnVersion) {
        Revision revision = revisions
                .find(id, revisionVersion)
                .orElseThrow(() -> new IllegalArgumentException("Story " + id + " has no version " + revisionVersion));
        Current current = current(id);
        ArticleDraft old = revision.content();
        ArticleDraft draft = new ArticleDraft(
                null,
                current.language(),
                old.slug(),
                old.headline(),
                old.standfirst(),
                old.bodyMarkdown(),
                old.datelinePlace(),
                current.datelineAt(),
                old.categorySlug(),
                old.authorIds(),
                old.tagSlugs(),
                old.photoId(),
                old.urgency(),
                old.embargoUntil());
        return update(id, draft, basedOnVersion);
    }

    /** Adds a dated public correction note to a published story. */
    public void correct(long id, String note) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("A correction needs a note saying what was corrected");
        }
        if (!current(id).visible(clock.instant())) {
            throw new IllegalStateException("Only a story readers can see can be corrected; story " + id + " is not");
        }
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO article_correction (article_id, noted_at, note) VALUES (:id, :now, :note)")
                .param("id", id)
                .param("now", utc(now))
                .param("note", note.strip())
                .update();
        int version = bumpVersion(id, now);
        changeLog.append(id, "corrected", version, now);
        snapshot(id);
    }

    /** Takes a story off the site; subscribers are told through the change log. */
    public void unpublish(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Unpublishing needs a reason");
        }
        Instant now = clock.instant();
        Current before = current(id);
        // subscribers who received the story under embargo must hear of the kill as well
        boolean wasVisible = before.visible(now) || before.embargoedAhead(now);
        jdbc.sql("UPDATE article SET status = 'unpublished', unpublish_reason = :reason WHERE id = :id")
                .param("id", id)
                .param("reason", reason.strip())
                .update();
        jobs.cancel(RELEASE_JOB, Long.toString(id));
        int version = bumpVersion(id, now);
        if (wasVisible) {
            changeLog.append(id, "unpublished", version, now);
        }
        snapshot(id);
    }

    /**
     * Records that a reader review of a story became public ({@link Change#REVIEW_APPROVED}), in the
     * caller's transaction. The story itself is unchanged; only a story readers can see gets the row.
     */
    public void reviewApproved(long id) {
        reviewChange(id, Change.REVIEW_APPROVED);
    }

    /** Records that a public reader review of a story was taken down ({@link Change#REVIEW_REMOVED}). */
    public void reviewRemoved(long id) {
        reviewChange(id, Change.REVIEW_REMOVED);
    }

    private void reviewChange(long id, String kind) {
        Current current = current(id);
        Instant now = clock.instant();
        if (current.visible(now)) {
            changeLog.append(id, kind, current.version(), now);
        }
    }

    private int bumpVersion(long id, Instant now) {
        return jdbc.sql("UPDATE article SET version = version + 1, updated_at = :now WHERE id = :id RETURNING version")
                .param("id", id)
                .param("now", utc(now))
                .query(Integer.class)
                .single();
    }

    private void snapshot(long id) {
        revisions.snapshot(id, actorId(), clock.instant());
    }

    private Long actorId() {
        CurrentActor current = actor.getIfAvailable();
        return current == null ? null : current.accountId().orElse(null);
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
        // Two stories saved at once with the same slug would both find it free and one insert would fail on
        // the unique key: whoever comes second waits here for the first to commit, then sees its slug taken.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('article-slug/' || :lang || '/' || :slug))")
                .param("lang", language.code())
                .param("slug", slug)
                .query((rs, row) -> 1)
                .list();
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

    static String requireSlug(String slug) {
        if (!Slugs.isValid(slug)) {
            throw new IllegalArgumentException("Not a valid slug (lower-case letters, digits and dashes): " + slug);
        }
        return slug;
    }

    private Current current(long id) {
        return jdbc.sql(
                        "SELECT lang, slug, status, version, publish_at, embargo_until, dateline_at FROM article WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> new Current(
                        Language.of(rs.getString("lang")),
                        rs.getString("slug"),
                        Status.of(rs.getString("status")),
                        rs.getInt("version"),
                        ArticleRepository.instant(rs, "publish_at"),
                        ArticleRepository.instant(rs, "embargo_until"),
                        ArticleRepository.instant(rs, "dateline_at")))
                .optional()
                .orElseThrow(() -> new ArticleNotFoundException(id));
    }

    private record Current(
            Language language,
            String slug,
            Status status,
            int version,
            Instant publishAt,
            Instant embargoUntil,
            Instant datelineAt) {

        /** The same rule as {@link ArticleRepository#VISIBLE}. */
        boolean visible(Instant now) {
            return status == Status.PUBLISHED
                    && !publishAt.isAfter(now)
                    && (embargoUntil == null || !embargoUntil.isAfter(now));
        }

        /** Published, due, and held back only by an embargo still ahead: the wire announces it as embargoed. */
        boolean embargoedAhead(Instant now) {
            return status == Status.PUBLISHED
                    && !publishAt.isAfter(now)
                    && embargoUntil != null
                    && embargoUntil.isAfter(now);
        }
    }
}
