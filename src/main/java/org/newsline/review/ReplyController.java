package org.newsline.review;

import org.newsline.newsroom.Frames;
import org.newsline.review.ReviewViews.QueueItem;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reply form under an approved review in the newsroom's review screens (editors and admins). */
@Controller
class ReplyController {

    private final ReviewReplies replies;

    ReplyController(ReviewReplies replies) {
        this.replies = replies;
    }

    @PostMapping("/newsroom/reviews/{id}/reply")
    String reply(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "false") boolean signed,
            @RequestParam(defaultValue = "/newsroom/reviews") String returnTo,
            RedirectAttributes redirect) {
        QueueItem item = replies.reply(Frames.staff(), id, text, signed);
        redirect.addFlashAttribute("notice", "Reply to " + item.name() + " saved; it is shown under the review.");
        return "redirect:" + ModerationController.safe(returnTo) + "#review-" + id;
    }

    @PostMapping("/newsroom/reviews/{id}/reply/remove")
    String remove(
            @PathVariable long id,
            @RequestParam(defaultValue = "/newsroom/reviews") String returnTo,
            RedirectAttributes redirect) {
        QueueItem item = replies.remove(Frames.staff(), id);
        redirect.addFlashAttribute("notice", "Reply to " + item.name() + " removed.");
        return "redirect:" + ModerationController.safe(returnTo) + "#review-" + id;
    }
}
