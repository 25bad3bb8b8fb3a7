package org.newsline.newsroom;

import java.time.Clock;
import java.time.Instant;
import org.newsline.account.AuditLog;
import org.newsline.account.Role;
import org.newsline.account.StaffUser;
import org.newsline.article.ArticleDraft;
import org.newsline.article.ArticleNotFoundException;
import org.newsline.article.ArticleWriter;
import org.newsline.article.CatalogWriter;
import org.newsline.article.EditableStory;
import org.newsline.article.PhotoSource;
import org.newsline.article.Status;
import org.newsline.article.StoryQueries;
import org.newsline.media.MediaFile;
import org.newsline.media.MediaStore;
import org.newsline.platform.LocalizedText;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editorial desk: every workflow action, checked against the actor's role on the server and recorded
 * in the audit log in the same transaction. Screens and the API both go through here.
 *
 * <p>Correspondents create stories, edit and submit their own drafts; editors and admins edit any story
 * and publish, schedule, embargo, correct, unpublish and restore.
 */
@Service
@Transactional
public class Desk {

    private final ArticleWriter writer;
    private final CatalogWriter catalog;
    private final StoryQueries stories;
    private final MediaStore media;
    private final AuditLog audit;
    private final Clock clock;

    Desk(
            ArticleWriter writer,
            CatalogWriter catalog,
            StoryQueries stories,
            MediaStore media,
            AuditLog audit,
            Clock clock) {
        this.writer = writer;
        this.catalog = catalog;
        this.stories = stories;
        this.media = media;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores an uploaded photo with its caption and credit, for use as a story's main photo.
     *
     * @throws IllegalArgumentException when the file is not a JPEG, PNG or WebP image; nothing is stored
     */
    public long uploadPhoto(
            StaffUser actor,
            byte[] bytes,
            String filename,
            LocalizedText caption,
            String credit,
            PhotoSource source,
            String licence) {
        if (credit == null || credit.isBlank()) {
            throw new IllegalArgumentException("A photo needs a credit, such as \"Photo from open sources\"");
        }
        MediaFile file = media.upload(bytes, filename);
        long photoId = catalog.createPhoto(file.id(), caption, credit.strip(), source, licence);
        audit.record(
                actor,
                "photo.upload",
                "photo:" + photoId,
                MediaStore.safeFileName(filename) + " (" + bytes.length + " bytes)");
        return photoId;
    }

    /**
     * The story, if the actor may see it.
     *
     * @throws ArticleNotFoundException when there is no such story, or it is another correspondent's unpublished
     *     work: a correspondent cannot even learn that it exists
     */
    public EditableStory get(StaffUser actor, long id) {
        return stories.find(id)
                .filter(story -> canSee(actor, story))
                .orElseThrow(() -> new ArticleNotFoundException(id));
    }

    /**
     * A visible story of a translation set, which a new translation joins.
     *
     * @throws ArticleNotFoundException when the set holds no story the actor may see
     */
    public EditableStory getTranslationSet(StaffUser actor, long translationSetId) {
        return stories.inTranslationSet(translationSetId).stream()
                .map(stories::find)
                .flatMap(java.util.Optional::stream)
                .filter(story -> canSee(actor, story))
                .findFirst()
                .orElseThrow(() -> new ArticleNotFoundException(translationSetId));
    }

    public long create(StaffUser actor, ArticleDraft draft) {
        long id = writer.create(draft, actor.id());
        audit.record(
                actor,
                draft.translationSetId() == null ? "article.create" : "article.translate",
                target(id),
                draft.language().code() + ": " + draft.headline());
        return id;
    }

    /** Saves an edit based on {@code basedOnVersion}; a newer version saved meanwhile is never overwritten. */
    public int save(StaffUser actor, long id, ArticleDraft draft, int basedOnVersion) {
        requireCanEdit(actor, get(actor, id));
        int version = writer.update(id, draft, basedOnVersion);
        audit.record(actor, "article.save", target(id), "version " + version);
        return version;
    }

    public void submit(StaffUser actor, long id) {
        EditableStory story = get(actor, id);
        requireCanEdit(actor, story);
        writer.submit(id);
        audit.record(actor, "article.submit", target(id), "");
    }

    /**
     * Publishes now, or schedules when {@code publishAt} lies ahead; an embargo keeps it from readers until then.
     *
     * @param publishAt when readers may see it; {@code null} means now
     * @param embargoUntil nothing public before this; {@code null} for none
     */
    public void publish(StaffUser actor, long id, Instant publishAt, Instant embargoUntil) {
        requireRole(actor, Role.EDITOR, "publish");
        EditableStory story = get(actor, id);
        if (story.status() == Status.PUBLISHED
                && story.publicPath() != null
                && publishAt == null
                && embargoUntil == null) {
            throw new IllegalStateException("Story " + id + " is already published");
        }
        Instant now = clock.instant();
        Instant at = publishAt == null ? now : publishAt;
        writer.publish(id, at, embargoUntil);
        String action = embargoUntil != null && embargoUntil.isAfter(now)
                ? "article.embargo"
                : at.isAfter(now) ? "article.schedule" : "article.publish";
        audit.record(
                actor,
                action,
                target(id),
                "at " + at + (embargoUntil == null ? "" : ", embargo until " + embargoUntil));
    }

    public void unpublish(StaffUser actor, long id, String reason) {
        requireRole(actor, Role.EDITOR, "unpublish");
        get(actor, id);
        writer.unpublish(id, reason);
        audit.record(actor, "article.unpublish", target(id), reason);
    }

    public void correct(StaffUser actor, long id, String note) {
        requireRole(actor, Role.EDITOR, "correct");
        get(actor, id);
        writer.correct(id, note);
        audit.record(actor, "article.correct", target(id), note);
    }

    public int restore(StaffUser actor, long id, int revision, int basedOnVersion) {
        requireRole(actor, Role.EDITOR, "restore");
        get(actor, id);
        int version = writer.restore(id, revision, basedOnVersion);
        audit.record(actor, "article.restore", target(id), "version " + revision + " saved as " + version);
        return version;
    }

    /**
     * Whether the actor may see this story in the newsroom: editors always, correspondents their own stories
     * and what readers can already see. Another correspondent's draft is theirs until it is published.
     */
    public static boolean canSee(StaffUser actor, EditableStory story) {
        return actor.can(Role.EDITOR) || ownedBy(actor, story) || story.publicPath() != null;
    }

    private static boolean ownedBy(StaffUser actor, EditableStory story) {
        return story.createdBy() != null && story.createdBy() == actor.id();
    }

    /** Whether the actor may change this story's text: editors always, correspondents their own drafts. */
    public static boolean canEdit(StaffUser actor, EditableStory story) {
        return actor.can(Role.EDITOR) || (ownedBy(actor, story) && story.status() == Status.DRAFT);
    }

    private static void requireCanEdit(StaffUser actor, EditableStory story) {
        if (!canEdit(actor, story)) {
            throw new AccessDeniedException(
                    "A correspondent can only change their own drafts; story " + story.id() + " is "
                            + (story.status() == Status.DRAFT
                                    ? "someone else's"
                                    : story.status().code()));
        }
    }

    private static void requireRole(StaffUser actor, Role role, String action) {
        if (!actor.can(role)) {
            throw new AccessDeniedException("Only an " + role.code() + " or admin may " + action + " a story");
        }
    }

    private static String target(long id) {
        return "article:" + id;
    }
}
