package org.newsline.review;

import org.newsline.account.AuditLog;
import org.newsline.account.Role;
import org.newsline.account.StaffUser;
import org.newsline.article.ArticleWriter;
import org.newsline.review.ReviewViews.QueueItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's replies to approved reader reviews, shown pinned under the review they answer. Writing,
 * changing or removing one is checked against the actor's role and recorded in the audit log; while the review
 * is shown, it also appends a {@code review-approved} row to the change log (the review as readers see it
 * changed), so that cached pages of the story are refreshed. The change log has no kind of its own for
 * replies: followers that care about reviews only need to know that what a story shows under it changed.
 */
@Service
@Transactional
class ReviewReplies {

    private final ReviewRepository reviews;
    private final ReplyRepository replies;
    private final ArticleWriter writer;
    private final AuditLog audit;

    ReviewReplies(ReviewRepository reviews, ReplyRepository replies, ArticleWriter writer, AuditLog audit) {
        this.reviews = reviews;
        this.replies = replies;
        this.writer = writer;
        this.audit = audit;
    }

    /**
     * Writes the reply to an approved review, or replaces the one it has.
     *
     * @param text the reply; normalised like a review (NFC, no control or bidi-override characters)
     * @param signed sign it with the actor's display name; otherwise it is signed by the editors
     * @throws IllegalArgumentException when the text is empty or too long
     * @throws IllegalStateException when the review is not an approved review
     */
    QueueItem reply(StaffUser actor, long id, String text, boolean signed) {
        QueueItem item = locked(actor, id);
        if (item.kind() != ReviewKind.REVIEW) {
            throw new IllegalStateException("Review " + id + " is an error report: it takes a correction, not a reply");
        }
        if (item.status() != ReviewStatus.APPROVED) {
            throw new IllegalStateException(
                    "Review " + id + " is " + item.status().code() + ": only an approved review takes a reply");
        }
        String body = ReviewText.normalize(text == null ? "" : text);
        int length = ReviewText.length(body);
        if (length < 1 || length > ReviewText.REPLY_MAX) {
            throw new IllegalArgumentException(
                    "A reply needs 1 to " + ReviewText.REPLY_MAX + " characters; this one has " + length);
        }
        replies.save(id, body, signed ? actor.displayName() : null, actor.id());
        writer.reviewApproved(item.articleId());
        audit.record(
                actor,
                item.reply() == null ? "review.reply" : "review.reply.edit",
                "review:" + id,
                "article:" + item.articleId());
        return reviews.find(id).orElseThrow();
    }

    /**
     * Removes the reply to a review.
     *
     * @throws ReviewNotFoundException when the review does not exist or has no reply
     */
    QueueItem remove(StaffUser actor, long id) {
        QueueItem item = locked(actor, id);
        if (!replies.delete(id)) {
            throw new ReviewNotFoundException("Review " + id + " has no reply");
        }
        if (item.status() == ReviewStatus.APPROVED) {
            writer.reviewApproved(item.articleId());
        }
        audit.record(actor, "review.reply.remove", "review:" + id, "article:" + item.articleId());
        return reviews.find(id).orElseThrow();
    }

    private QueueItem locked(StaffUser actor, long id) {
        ReviewModeration.requireRole(actor, Role.EDITOR, "reply to reviews");
        return reviews.findForUpdate(id).orElseThrow(() -> new ReviewNotFoundException(id));
    }
}
