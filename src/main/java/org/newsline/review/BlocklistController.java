package org.newsline.review;

import org.newsline.newsroom.Frames;
import org.newsline.review.ReviewViews.BlockEntry;
import org.newsline.review.ReviewViews.BlocklistPage;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review blocklist in the newsroom: admins list, add and remove blocked e-mail addresses, words and
 * client keys; editors block the sender of a review from the moderation queue.
 */
@Controller
class BlocklistController {

    private static final String SCREEN = "/newsroom/reviews/blocklist";

    private final ReviewBlocklist blocklist;
    private final Frames frames;

    BlocklistController(ReviewBlocklist blocklist, Frames frames) {
        this.blocklist = blocklist;
        this.frames = frames;
    }

    @GetMapping(SCREEN)
    String screen(CsrfToken csrf, Model model) {
        var entries = blocklist.entries(Frames.staff()).stream()
                .map(e -> new BlockEntry(
                        e.id(),
                        e.kind(),
                        e.value(),
                        e.note(),
                        frames.shown(e.createdAt().toInstant())))
                .toList();
        model.addAttribute(
                "page",
                new BlocklistPage(
                        frames.frame("Review blocklist", csrf, (String) model.getAttribute("notice")), entries));
        return "review/blocklist";
    }

    @PostMapping(SCREEN)
    String add(
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String value,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        blocklist.add(Frames.staff(), kind, value, note);
        redirect.addFlashAttribute("notice", "Added to the blocklist.");
        return "redirect:" + SCREEN;
    }

    @PostMapping(SCREEN + "/{id}/remove")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        blocklist.remove(Frames.staff(), id);
        redirect.addFlashAttribute("notice", "Removed from the blocklist.");
        return "redirect:" + SCREEN;
    }

    @PostMapping("/newsroom/reviews/{id}/block-{kind:email|client}")
    String blockSender(
            @PathVariable long id,
            @PathVariable String kind,
            @RequestParam(defaultValue = "/newsroom/reviews") String returnTo,
            RedirectAttributes redirect) {
        String blocked = blocklist.blockSender(Frames.staff(), id, kind);
        redirect.addFlashAttribute("notice", "Blocked " + blocked + ": their reviews are no longer accepted.");
        return "redirect:" + ModerationController.safe(returnTo);
    }
}
