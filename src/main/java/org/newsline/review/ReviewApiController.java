package org.newsline.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsline.account.CurrentStaff;
import org.newsline.account.StaffUser;
import org.newsline.review.ReviewModeration.Settings;
import org.newsline.review.ReviewViews.QueueItem;
import org.newsline.web.BadRequestException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Review moderation over the JSON API, for editors and admins with a personal API token. */
@RestController
@RequestMapping("/api/v1/reviews")
class ReviewApiController {

    private final ReviewModeration moderation;
    private final ReviewReplies replies;

    ReviewApiController(ReviewModeration moderation, ReviewReplies replies) {
        this.moderation = moderation;
        this.replies = replies;
    }

    /**
     * The newsroom's reply to a review.
     *
     * @param text the reply
     * @param signed sign it with the editor's display name (default) rather than as the editors
     */
    record ReplyInput(String text, Boolean signed) {}

    /**
     * One decision for many reviews.
     *
     * @param action {@code approve}, {@code reject} or {@code spam}
     * @param ids the reviews
     */
    record BulkInput(String action, List<Long> ids) {}

    /**
     * A correction made from an error report.
     *
     * @param text the public correction note
     */
    record CorrectionInput(String text) {}

    /**
     * How a story takes reviews.
     *
     * @param moderation {@code pre}, {@code post} or {@code default}
     * @param state {@code auto}, {@code open} or {@code closed}
     */
    record SettingsInput(String moderation, String state) {}

    /**
     * Whose reviews to erase.
     *
     * @param email the reader's e-mail address
     */
    record EraseInput(String email) {}

    /**
     * Reviews (or error reports with {@code kind=error-report}), newest first.
     *
     * @param status pending (default), approved, rejected, spam, corrected, or unchecked: approved under
     *     post-moderation and not yet looked at
     * @param q only those whose text, name or e-mail address contains this, in any case
     */
    @GetMapping
    List<Map<String, Object>> list(
            @RequestParam(defaultValue = "pending") String status,
            @RequestParam(defaultValue = "review") String kind,
            @RequestParam(required = false) Long articleId,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        if (limit < 1 || limit > 200 || offset < 0) {
            throw new BadRequestException("limit must be 1 to 200 and offset at least 0");
        }
        boolean unchecked = status.equals("unchecked");
        return moderation
                .list(
                        actor(),
                        new ReviewRepository.Filter(
                                ReviewKind.of(kind),
                                unchecked ? null : ReviewStatus.of(status),
                                unchecked,
                                articleId,
                                q,
                                null),
                        limit,
                        offset)
                .stream()
                .map(ReviewApiController::json)
                .toList();
    }

    @GetMapping("/{id}")
    Map<String, Object> read(@PathVariable long id) {
        return json(moderation.get(actor(), id));
    }

    @PostMapping("/{id}/approve")
    Map<String, Object> approve(@PathVariable long id) {
        return json(moderation.approve(actor(), id));
    }

    @PostMapping("/{id}/reject")
    Map<String, Object> reject(@PathVariable long id) {
        return json(moderation.reject(actor(), id));
    }

    @PostMapping("/{id}/spam")
    Map<String, Object> spam(@PathVariable long id) {
        return json(moderation.spam(actor(), id));
    }

    /** Approves, rejects or marks as spam many reviews at once; those the action does not fit are skipped. */
    @PostMapping("/bulk")
    Map<String, Object> decideAll(@RequestBody BulkInput input) {
        ReviewModeration.Bulk bulk = moderation.decideAll(actor(), input.action(), input.ids());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(
                "decided",
                bulk.decided().stream().map(ReviewApiController::json).toList());
        json.put("skipped", bulk.skipped());
        return json;
    }

    /** Writes or replaces the newsroom's reply under an approved review. */
    @PostMapping("/{id}/reply")
    Map<String, Object> reply(@PathVariable long id, @RequestBody ReplyInput input) {
        return json(replies.reply(actor(), id, input.text(), input.signed() == null || input.signed()));
    }

    @DeleteMapping("/{id}/reply")
    Map<String, Object> removeReply(@PathVariable long id) {
        return json(replies.remove(actor(), id));
    }

    /** Publishes a correction of the reported story with this note and closes the report. */
    @PostMapping("/{id}/correct")
    Map<String, Object> correct(@PathVariable long id, @RequestBody CorrectionInput input) {
        return json(moderation.correct(actor(), id, input.text()));
    }

    @GetMapping("/settings/{articleId}")
    Map<String, Object> settings(@PathVariable long articleId) {
        return json(moderation.settings(actor(), articleId));
    }

    @PutMapping("/settings/{articleId}")
    Map<String, Object> saveSettings(@PathVariable long articleId, @RequestBody SettingsInput input) {
        return json(moderation.saveSettings(actor(), articleId, input.moderation(), input.state()));
    }

    /** Deletes every review and error report sent with an e-mail address (admins). */
    @PostMapping("/erase")
    Map<String, Object> erase(@RequestBody EraseInput input) {
        return Map.of("deleted", moderation.erase(actor(), input.email()));
    }

    private static StaffUser actor() {
        return CurrentStaff.user().orElseThrow(() -> new AccessDeniedException("Sign in with an API token"));
    }

    static Map<String, Object> json(QueueItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", item.id());
        json.put("kind", item.kind().code());
        json.put("status", item.status().code());
        json.put("unchecked", item.unchecked());
        json.put("articleId", item.articleId());
        json.put("headline", item.storyHeadline());
        json.put("url", item.storyPath().isEmpty() ? null : item.storyPath());
        json.put("name", item.name());
        json.put("email", item.email());
        json.put("text", item.text());
        json.put("createdAt", item.createdAt().toString());
        json.put(
                "moderatedAt",
                item.moderatedAt() == null ? null : item.moderatedAt().toString());
        if (item.reply() == null) {
            json.put("reply", null);
        } else {
            Map<String, Object> reply = new LinkedHashMap<>();
            reply.put("text", item.reply().text());
            reply.put("signedAs", item.reply().signedAs());
            reply.put("updatedAt", item.reply().updatedAt().toString());
            json.put("reply", reply);
        }
        return json;
    }

    private static Map<String, Object> json(Settings settings) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("articleId", settings.story().id());
        json.put(
                "moderation",
                settings.setting().moderation() == null
                        ? "default"
                        : settings.setting().moderation().code());
        json.put("state", settings.setting().state());
        json.put("open", settings.policy().open());
        json.put("effectiveModeration", settings.policy().moderation().code());
        return json;
    }
}
