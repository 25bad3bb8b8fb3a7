package org.newsline.review;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsline.account.Role;
import org.newsline.account.StaffUser;
import org.newsline.article.Cursor;
import org.newsline.newsroom.Frames;
import org.newsline.review.ReviewModeration.Settings;
import org.newsline.review.ReviewRepository.Filter;
import org.newsline.review.ReviewViews.ErasePage;
import org.newsline.review.ReviewViews.QueueItem;
import org.newsline.review.ReviewViews.QueuePage;
import org.newsline.review.ReviewViews.Row;
import org.newsline.review.ReviewViews.StoryPage;
import org.newsline.web.BadRequestException;
import org.newsline.web.Link;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The newsroom's review screens (editors and admins): the moderation queue, the corrections queue of
 * readers' error reports, a story's review settings, and erasing an address's reviews (admins).
 */
@Controller
class ModerationController {

    private static final int PAGE = 100;
    private static final Map<String, String> REVIEW_LISTS = Map.of(
            "pending", "Waiting for approval",
            "unchecked", "Shown, not yet checked",
            "approved", "Approved",
            "rejected", "Rejected",
            "spam", "Spam");
    private static final List<String> REVIEW_ORDER = List.of("pending", "unchecked", "approved", "rejected", "spam");
    private static final Map<String, String> REPORT_LISTS = Map.of(
            "pending", "Open reports",
            "corrected", "Corrected",
            "rejected", "Dismissed",
            "spam", "Spam");
    private static final List<String> REPORT_ORDER = List.of("pending", "corrected", "rejected", "spam");

    private final ReviewModeration moderation;
    private final Frames frames;

    ModerationController(ReviewModeration moderation, Frames frames) {
        this.moderation = moderation;
        this.frames = frames;
    }

    @GetMapping("/newsroom/reviews")
    String reviews(
            @RequestParam(defaultValue = "pending") String list,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String before,
            CsrfToken csrf,
            Model model) {
        String heading = known(REVIEW_LISTS, list);
        boolean unchecked = list.equals("unchecked");
        Filter filter = new Filter(
                ReviewKind.REVIEW, unchecked ? null : ReviewStatus.of(list), unchecked, null, q, cursor(before));
        model.addAttribute(
                "page", queue(filter, "/newsroom/reviews", list, heading, REVIEW_ORDER, REVIEW_LISTS, csrf, model));
        return "review/queue";
    }

    @GetMapping("/newsroom/reviews/corrections")
    String corrections(
            @RequestParam(defaultValue = "pending") String list,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String before,
            CsrfToken csrf,
            Model model) {
        String heading = known(REPORT_LISTS, list);
        Filter filter = new Filter(ReviewKind.ERROR_REPORT, ReviewStatus.of(list), false, null, q, cursor(before));
        model.addAttribute(
                "page",
                queue(filter, "/newsroom/reviews/corrections", list, heading, REPORT_ORDER, REPORT_LISTS, csrf, model));
        return "review/queue";
    }

    /** One page of a queue: {@value #PAGE} items from the position given, and the address of the next page. */
    private QueuePage queue(
            Filter filter,
            String base,
            String list,
            String heading,
            List<String> order,
            Map<String, String> labels,
            CsrfToken csrf,
            Model model) {
        List<QueueItem> items = moderation.list(Frames.staff(), filter, PAGE + 1, 0);
        String search = filter.query().isEmpty() ? "" : "&q=" + encode(filter.query());
        String here = base + "?list=" + list + search
                + (filter.before() == null ? "" : "&before=" + filter.before().token());
        String older = "";
        if (items.size() > PAGE) {
            items = items.subList(0, PAGE);
            QueueItem last = items.get(PAGE - 1);
            older = base + "?list=" + list + search + "&before=" + new Cursor(last.createdAt(), last.id()).token();
        }
        boolean corrections = filter.kind() == ReviewKind.ERROR_REPORT;
        return new QueuePage(
                frames.frame(
                        corrections ? "Corrections queue" : "Reviews", csrf, (String) model.getAttribute("notice")),
                heading,
                order.stream()
                        .map(key -> new Link(labels.get(key), base + "?list=" + key + search, key.equals(list)))
                        .toList(),
                list,
                filter.query(),
                rows(items),
                here,
                older,
                corrections);
    }

    @PostMapping("/newsroom/reviews/{id}/{action:approve|reject|spam}")
    String decide(
            @PathVariable long id,
            @PathVariable String action,
            @RequestParam(defaultValue = "/newsroom/reviews") String returnTo,
            RedirectAttributes redirect) {
        StaffUser actor = Frames.staff();
        QueueItem item = switch (action) {
            case "approve" -> moderation.approve(actor, id);
            case "reject" -> moderation.reject(actor, id);
            default -> moderation.spam(actor, id);
        };
        redirect.addFlashAttribute(
                "notice",
                (item.kind() == ReviewKind.REVIEW ? "Review" : "Report") + " from " + item.name() + " is now "
                        + item.status().code() + ".");
        return "redirect:" + safe(returnTo);
    }

    /** The queue's checkboxes: one decision for every review ticked. */
    @PostMapping("/newsroom/reviews/bulk")
    String decideAll(
            @RequestParam(name = "ids", required = false) List<Long> ids,
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "/newsroom/reviews") String returnTo,
            RedirectAttributes redirect) {
        ReviewModeration.Bulk bulk = moderation.decideAll(Frames.staff(), action, ids);
        String status = switch (action) {
            case "approve" -> "approved";
            case "reject" -> "rejected";
            default -> "spam";
        };
        int done = bulk.decided().size();
        redirect.addFlashAttribute(
                "notice",
                (done == 1 ? "1 review is now " : done + " reviews are now ") + status + "."
                        + (bulk.skipped().isEmpty()
                                ? ""
                                : " Left as they were: " + bulk.skipped().size() + " (already " + status
                                        + ", gone, or an error report)."));
        return "redirect:" + safe(returnTo);
    }

    @PostMapping("/newsroom/reviews/{id}/correct")
    String correct(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "/newsroom/reviews/corrections") String returnTo,
            RedirectAttributes redirect) {
        QueueItem item = moderation.correct(Frames.staff(), id, note);
        redirect.addFlashAttribute("notice", "Correction published on “" + item.storyHeadline() + "”.");
        return "redirect:" + safe(returnTo);
    }

    @GetMapping("/newsroom/reviews/story/{articleId}")
    String story(@PathVariable long articleId, CsrfToken csrf, Model model) {
        StaffUser actor = Frames.staff();
        Settings settings = moderation.settings(actor, articleId);
        List<QueueItem> items = new ArrayList<>();
        for (ReviewKind kind : ReviewKind.values()) {
            items.addAll(moderation.list(actor, new Filter(kind, null, false, articleId, "", null), PAGE, 0));
        }
        items.sort((a, b) -> b.createdAt().compareTo(a.createdAt()));
        ReaderReviews.Policy policy = settings.policy();
        model.addAttribute(
                "page",
                new StoryPage(
                        frames.frame("Review settings", csrf, (String) model.getAttribute("notice")),
                        articleId,
                        settings.story().headline(),
                        settings.story().path(),
                        settings.setting().moderation() == null
                                ? "default"
                                : settings.setting().moderation().code(),
                        settings.setting().state(),
                        (policy.open() ? "Open" : "Closed") + " to reviews; "
                                + (policy.moderation() == ModerationMode.PRE
                                        ? "new reviews wait for approval."
                                        : "new reviews are shown at once and checked afterwards."),
                        rows(items)));
        return "review/story";
    }

    @PostMapping("/newsroom/reviews/story/{articleId}")
    String saveStory(
            @PathVariable long articleId,
            @RequestParam(defaultValue = "default") String moderationMode,
            @RequestParam(defaultValue = "auto") String state,
            RedirectAttributes redirect) {
        moderation.saveSettings(Frames.staff(), articleId, moderationMode, state);
        redirect.addFlashAttribute("notice", "Review settings saved.");
        return "redirect:/newsroom/reviews/story/" + articleId;
    }

    @GetMapping("/newsroom/reviews/erase")
    String erasePage(CsrfToken csrf, Model model) {
        ReviewModeration.requireRole(Frames.staff(), Role.ADMIN, ReviewModeration.ERASE);
        model.addAttribute(
                "page", new ErasePage(frames.frame("Erase reviews", csrf, (String) model.getAttribute("notice"))));
        return "review/erase";
    }

    @PostMapping("/newsroom/reviews/erase")
    String erase(@RequestParam(defaultValue = "") String email, RedirectAttributes redirect) {
        int erased = moderation.erase(Frames.staff(), email);
        redirect.addFlashAttribute(
                "notice", erased == 1 ? "1 review or report deleted." : erased + " reviews and reports deleted.");
        return "redirect:/newsroom/reviews/erase";
    }

    private List<Row> rows(List<QueueItem> items) {
        return items.stream()
                .map(item -> new Row(item, frames.shown(item.createdAt())))
                .toList();
    }

    private static Cursor cursor(String before) {
        return before == null || before.isEmpty() ? null : Cursor.parse(before);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String known(Map<String, String> lists, String list) {
        String heading = lists.get(list);
        if (heading == null) {
            throw new BadRequestException("Unknown list '" + list + "': use one of " + lists.keySet());
        }
        return heading;
    }

    /** Only back to a review screen, never to an address a crafted form names. */
    static String safe(String returnTo) {
        return returnTo.startsWith("/newsroom/reviews") && !returnTo.contains("//") && !returnTo.contains("\\")
                ? returnTo
                : "/newsroom/reviews";
    }
}
