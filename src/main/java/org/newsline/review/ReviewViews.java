package org.newsline.review;

import java.time.Instant;
import java.util.List;
import org.newsline.newsroom.NewsroomViews.Frame;
import org.newsline.web.Layout;
import org.newsline.web.Link;

/**
 * The typed view records of the review templates; each template takes exactly one. Public because the
 * precompiled templates live in their own package, and because the article page includes the section.
 */
public final class ReviewViews {

    private ReviewViews() {}

    /**
     * The reviews under a story and the form to leave one.
     *
     * @param reviews approved reviews, oldest first
     * @param open whether the story takes reviews now
     * @param premoderated whether a new review waits for an editor before it is shown
     * @param notice message key thanking for what was just sent, or empty
     * @param form the form; on a story closed to reviews it only reports an error
     */
    public record ReviewSection(
            List<ShownReview> reviews, boolean open, boolean premoderated, String notice, ReviewForm form) {}

    /**
     * One public review.
     *
     * @param id its id, for the fragment link {@code #review-ID}
     * @param name who wrote it, as they gave it
     * @param at when it was sent
     * @param html its text, escaped, with addresses as nofollow links
     * @param reply the newsroom's reply pinned under it, or {@code null}
     */
    public record ShownReview(long id, String name, Instant at, String html, Reply reply) {}

    /**
     * The newsroom's reply to a review.
     *
     * @param text the text as the editor wrote it, normalised
     * @param html the text as readers see it: escaped, addresses as nofollow links
     * @param signedAs the editor's display name, or {@code null} when signed by the editors as a whole
     * @param updatedAt when it was last written
     */
    public record Reply(String text, String html, String signedAs, Instant updatedAt) {}

    /**
     * The review form with the values and problems of the last attempt.
     *
     * @param action where it posts
     * @param token the signed time the form was shown
     * @param reviewsOpen whether the story takes reviews; when not, the form only reports an error
     * @param kind {@code review} or {@code error-report}
     * @param name the name typed
     * @param email the address typed
     * @param body the text typed
     * @param errors message keys of what is wrong, empty at first
     */
    public record ReviewForm(
            String action,
            String token,
            boolean reviewsOpen,
            String kind,
            String name,
            String email,
            String body,
            List<String> errors) {

        public boolean reportingError() {
            return !reviewsOpen || ReviewKind.ERROR_REPORT.code().equals(kind);
        }
    }

    /**
     * The page that shows a refused form again, with what to change.
     *
     * @param layout shared layout
     * @param headline the story's headline
     * @param storyPath the story's address
     * @param form the form, holding what the reader typed
     */
    public record ReviewFormPage(Layout layout, String headline, String storyPath, ReviewForm form) {}

    /**
     * A review or error report as editors see it.
     *
     * @param id its id
     * @param kind review or error report
     * @param status where it stands
     * @param unchecked an approved review that no editor has looked at yet (post-moderation)
     * @param articleId the story
     * @param storyHeadline the story's headline
     * @param storyPath the story's public address, or empty when readers cannot see it
     * @param name who sent it
     * @param email their address (never shown to readers)
     * @param text the text as sent, normalised
     * @param html the text as readers would see it
     * @param createdAt when it was sent
     * @param moderatedAt when an editor decided, or {@code null}
     * @param reply the newsroom's reply, or {@code null}
     */
    public record QueueItem(
            long id,
            ReviewKind kind,
            ReviewStatus status,
            boolean unchecked,
            long articleId,
            String storyHeadline,
            String storyPath,
            String name,
            String email,
            String text,
            String html,
            Instant createdAt,
            Instant moderatedAt,
            Reply reply) {}

    /**
     * The moderation queue.
     *
     * @param frame newsroom chrome
     * @param heading what is listed
     * @param tabs the lists, the current one marked
     * @param list the current list ({@code pending}, {@code approved}...)
     * @param query the search text, or empty
     * @param rows what is listed, newest first
     * @param returnTo this screen's address, for the forms to come back to
     * @param olderHref the address of the next (older) page, or empty on the last one
     * @param corrections whether this is the corrections queue (error reports)
     */
    public record QueuePage(
            Frame frame,
            String heading,
            List<Link> tabs,
            String list,
            String query,
            List<Row> rows,
            String returnTo,
            String olderHref,
            boolean corrections) {}

    /**
     * One item of a newsroom list.
     *
     * @param item the review or report
     * @param when when it was sent, in the agency's zone
     */
    public record Row(QueueItem item, String when) {}

    /**
     * The review settings and reviews of one story.
     *
     * @param frame newsroom chrome
     * @param articleId the story
     * @param headline its headline
     * @param storyPath its public address, or empty
     * @param moderation {@code default}, {@code pre} or {@code post}
     * @param state {@code auto}, {@code open} or {@code closed}
     * @param effective what applies now, in words
     * @param rows its reviews and reports, newest first
     */
    public record StoryPage(
            Frame frame,
            long articleId,
            String headline,
            String storyPath,
            String moderation,
            String state,
            String effective,
            List<Row> rows) {}

    /**
     * The screen that erases every review of an e-mail address (admins).
     *
     * @param frame newsroom chrome
     */
    public record ErasePage(Frame frame) {}

    /**
     * The review blocklist screen (admins).
     *
     * @param frame newsroom chrome
     * @param entries the blocked addresses, words and client keys
     */
    public record BlocklistPage(Frame frame, List<BlockEntry> entries) {}

    /**
     * One entry of the blocklist.
     *
     * @param id its id
     * @param kind {@code email}, {@code word} or {@code client}
     * @param value the address, word or client key
     * @param note why or where from
     * @param when when it was added, in the agency's zone
     */
    public record BlockEntry(long id, String kind, String value, String note, String when) {}
}
