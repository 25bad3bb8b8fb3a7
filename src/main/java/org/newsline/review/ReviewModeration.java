package org.newsline.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.newsline.account.AuditLog;
import org.newsline.account.Role;
import org.newsline.account.StaffUser;
import org.newsline.article.ArticleWriter;
import org.newsline.newsroom.Desk;
import org.newsline.review.ReviewRepository.Filter;
import org.newsline.review.ReviewRepository.Story;
import org.newsline.review.ReviewRepository.StorySetting;
import org.newsline.review.ReviewViews.QueueItem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors do with reviews and error reports, checked against the actor's role and recorded in the
 * audit log in the same transaction. A review that appears on or disappears from a public story also
 * writes the change log. Screens and the API both go through here.
 */
@Service
@Transactional
class ReviewModeration {

    static final String ERASE = "erase the reviews of an address";
    static final int BULK_MAX = 200;

    private final ReviewRepository repository;
    private final ReaderReviews readers;
    private final ArticleWriter writer;
    private final Desk desk;
    private final AuditLog audit;

    ReviewModeration(
            ReviewRepository repository, ReaderReviews readers, ArticleWriter writer, Desk desk, AuditLog audit) {
        this.repository = repository;
        this.readers = readers;
        this.writer = writer;
        this.desk = desk;
        this.audit = audit;
    }

    /** Reviews or reports, newest first, as the filter picks them. */
    @Transactional(readOnly = true)
    List<QueueItem> list(StaffUser actor, Filter filter, int limit, int offset) {
        requireRole(actor, Role.EDITOR, "moderate reviews");
        return repository.list(filter, limit, offset);
    }

    @Transactional(readOnly = true)
    QueueItem get(StaffUser actor, long id) {
        requireRole(actor, Role.EDITOR, "moderate reviews");
        return repository.find(id).orElseThrow(() -> new ReviewNotFoundException(id));
    }

    /** Shows a review under its story; an approved one nobody had looked at is marked as looked at. */
    QueueItem approve(StaffUser actor, long id) {
        return decide(actor, locked(actor, id), ReviewStatus.APPROVED);
    }

    /** Refuses a review or dismisses an error report; a review that was shown is taken down. */
    QueueItem reject(StaffUser actor, long id) {
        return decide(actor, locked(actor, id), ReviewStatus.REJECTED);
    }

    /** Refuses as spam; a review that was shown is taken down. */
    QueueItem spam(StaffUser actor, long id) {
        return decide(actor, locked(actor, id), ReviewStatus.SPAM);
    }

    /**
     * What a decision on many reviews at once did.
     *
     * @param decided the reviews now in the status asked for
     * @param skipped those it did not fit (unknown, already so, an error report to approve), left as they were
     */
    record Bulk(List<QueueItem> decided, List<Long> skipped) {}

    /**
     * Approves, rejects or marks as spam many reviews at once, in one transaction; each one decided is recorded
     * in the audit log as if it had been decided alone. Rows are locked in id order, so two editors deciding
     * overlapping sets wait for each other instead of deadlocking.
     *
     * @param action {@code approve}, {@code reject} or {@code spam}
     */
    Bulk decideAll(StaffUser actor, String action, Collection<Long> ids) {
        requireRole(actor, Role.EDITOR, "moderate reviews");
        ReviewStatus status = switch (action == null ? "" : action) {
            case "approve" -> ReviewStatus.APPROVED;
            case "reject" -> ReviewStatus.REJECTED;
            case "spam" -> ReviewStatus.SPAM;
            default ->
                throw new IllegalArgumentException("Unknown action '" + action + "': use approve, reject or spam");
        };
        SortedSet<Long> unique = new TreeSet<>(ids == null ? List.of() : ids);
        if (unique.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one review");
        }
        if (unique.size() > BULK_MAX) {
            throw new IllegalArgumentException(
                    "At most " + BULK_MAX + " reviews at once; " + unique.size() + " were chosen");
        }
        List<QueueItem> decided = new ArrayList<>();
        List<Long> skipped = new ArrayList<>();
        for (long id : unique) {
            QueueItem item = repository.findForUpdate(id).orElse(null);
            if (item == null || conflict(item, status) != null) {
                skipped.add(id);
            } else {
                decided.add(decide(actor, item, status));
            }
        }
        return new Bulk(decided, skipped);
    }

    private QueueItem decide(StaffUser actor, QueueItem item, ReviewStatus status) {
        String conflict = conflict(item, status);
        if (conflict != null) {
            throw new IllegalStateException(conflict);
        }
        repository.decide(item.id(), status, actor.id());
        if (status == ReviewStatus.APPROVED && item.status() != ReviewStatus.APPROVED) {
            writer.reviewApproved(item.articleId());
        } else if (status != ReviewStatus.APPROVED && item.status() == ReviewStatus.APPROVED) {
            writer.reviewRemoved(item.articleId());
        }
        String action = switch (status) {
            case APPROVED -> "review.approve";
            case REJECTED -> "review.reject";
            default -> "review.spam";
        };
        audit.record(actor, action, target(item.id()), "article:" + item.articleId());
        return repository.find(item.id()).orElseThrow();
    }

    /** Why this decision does not fit the review as it stands, or {@code null} when it does. */
    private static String conflict(QueueItem item, ReviewStatus status) {
        if (status == ReviewStatus.APPROVED) {
            if (item.kind() != ReviewKind.REVIEW) {
                return "Review " + item.id() + " is an error report: publish a correction instead";
            }
            return item.status() == ReviewStatus.APPROVED && !item.unchecked()
                    ? "Review " + item.id() + " is already approved"
                    : null;
        }
        return item.status() == status || item.status() == ReviewStatus.CORRECTED
                ? "Review " + item.id() + " is already " + item.status().code()
                : null;
    }

    /**
     * Turns a reader's error report into a published correction of its story, in one step: the correction
     * note goes out (through the desk, like any correction) and the report is marked corrected.
     */
    QueueItem correct(StaffUser actor, long id, String note) {
        QueueItem item = locked(actor, id);
        if (item.kind() != ReviewKind.ERROR_REPORT) {
            throw new IllegalStateException("Review " + id + " is not an error report");
        }
        if (item.status() != ReviewStatus.PENDING) {
            throw new IllegalStateException(
                    "Error report " + id + " is already " + item.status().code());
        }
        desk.correct(actor, item.articleId(), note);
        repository.decide(id, ReviewStatus.CORRECTED, actor.id());
        audit.record(actor, "review.correct", target(id), "article:" + item.articleId());
        return repository.find(id).orElseThrow();
    }

    /**
     * Deletes every review and error report sent with an e-mail address (admins), for a reader who asks
     * to be forgotten. The audit log keeps a hash of the address, not the address.
     *
     * @return how many were deleted
     */
    int erase(StaffUser actor, String email) {
        requireRole(actor, Role.ADMIN, ERASE);
        String address = ReviewText.normalizeEmail(email);
        if (address.isEmpty()) {
            throw new IllegalArgumentException("Not an e-mail address: '" + email + "'");
        }
        List<Long> shownOn = repository.storiesShowingReviewsOf(address);
        int erased = repository.eraseByEmail(address);
        shownOn.forEach(writer::reviewRemoved);
        audit.record(actor, "review.erase", "email-sha256:" + sha256(address), erased + " deleted");
        return erased;
    }

    /**
     * A story's own settings.
     *
     * @param story the story
     * @param setting its own settings
     * @param policy what applies now
     */
    record Settings(Story story, StorySetting setting, ReaderReviews.Policy policy) {}

    @Transactional(readOnly = true)
    Settings settings(StaffUser actor, long articleId) {
        requireRole(actor, Role.EDITOR, "change review settings");
        Story story =
                repository.story(articleId).orElseThrow(() -> new ReviewNotFoundException("No story " + articleId));
        return new Settings(story, repository.setting(articleId), readers.policy(articleId, story.publishAt()));
    }

    /**
     * Sets how a story takes reviews.
     *
     * @param moderation {@code pre}, {@code post}, or {@code default} (blank) for the site's
     * @param state {@code auto}, {@code open} or {@code closed}
     */
    Settings saveSettings(StaffUser actor, long articleId, String moderation, String state) {
        settings(actor, articleId);
        ModerationMode mode =
                moderation == null || moderation.isBlank() || moderation.strip().equals("default")
                        ? null
                        : ModerationMode.of(moderation);
        String newState = state == null || state.isBlank() ? "auto" : state.strip();
        if (!List.of("auto", "open", "closed").contains(newState)) {
            throw new IllegalArgumentException("Unknown state '" + state + "': use auto, open or closed");
        }
        repository.saveSetting(articleId, new StorySetting(mode, newState), actor.id());
        audit.record(
                actor,
                "review.settings",
                "article:" + articleId,
                "moderation " + (mode == null ? "default" : mode.code()) + ", " + newState);
        return settings(actor, articleId);
    }

    private QueueItem locked(StaffUser actor, long id) {
        requireRole(actor, Role.EDITOR, "moderate reviews");
        return repository.findForUpdate(id).orElseThrow(() -> new ReviewNotFoundException(id));
    }

    static void requireRole(StaffUser actor, Role role, String action) {
        if (actor == null || !actor.can(role)) {
            throw new AccessDeniedException(
                    "Only an " + role.code() + (role == Role.ADMIN ? "" : " or admin") + " may " + action);
        }
    }

    private static String target(long id) {
        return "review:" + id;
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
