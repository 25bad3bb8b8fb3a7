package org.newsline.newsroom;

import org.newsline.account.AuditLog;
import org.newsline.account.StaffUser;
import org.newsline.quote.Candidates;
import org.newsline.quote.Registry;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Names the quote extractor met that the registry does not know (editors and admins, enforced by the security
 * rules): accept one as a new person, place or organisation, add it to an existing entity, or dismiss it.
 */
@Controller
class EntityQueueController {

    private static final int SHOWN = 200;

    private final Candidates candidates;
    private final Registry registry;
    private final AuditLog audit;
    private final Frames frames;

    EntityQueueController(Candidates candidates, Registry registry, AuditLog audit, Frames frames) {
        this.candidates = candidates;
        this.registry = registry;
        this.audit = audit;
        this.frames = frames;
    }

    @GetMapping("/newsroom/entities")
    String queue(CsrfToken csrf, Model model) {
        model.addAttribute(
                "page",
                new NewsroomViews.EntityQueuePage(
                        frames.frame("Names", csrf, (String) model.getAttribute("notice")),
                        candidates.pending(SHOWN),
                        registry.all()));
        return "newsroom/entities";
    }

    @PostMapping("/newsroom/entities/{id}/accept")
    String accept(@PathVariable long id, @RequestParam String kind, RedirectAttributes redirect) {
        StaffUser user = Frames.staff();
        long entity = candidates.acceptAsNew(id, kind, user.getUsername());
        audit.record(user, "entity.accept", "candidate:" + id, "entity " + entity + " (" + kind + ")");
        redirect.addFlashAttribute("notice", "Added to the registry.");
        return "redirect:/newsroom/entities";
    }

    @PostMapping("/newsroom/entities/{id}/merge")
    String merge(@PathVariable long id, @RequestParam long entityId, RedirectAttributes redirect) {
        StaffUser user = Frames.staff();
        candidates.mergeInto(id, entityId, user.getUsername());
        audit.record(user, "entity.merge", "candidate:" + id, "into entity " + entityId);
        redirect.addFlashAttribute("notice", "Added as another spelling.");
        return "redirect:/newsroom/entities";
    }

    @PostMapping("/newsroom/entities/{id}/dismiss")
    String dismiss(@PathVariable long id, RedirectAttributes redirect) {
        StaffUser user = Frames.staff();
        candidates.dismiss(id, user.getUsername());
        audit.record(user, "entity.dismiss", "candidate:" + id, "");
        redirect.addFlashAttribute("notice", "Dismissed.");
        return "redirect:/newsroom/entities";
    }
}
