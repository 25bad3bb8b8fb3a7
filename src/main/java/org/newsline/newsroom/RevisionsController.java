package org.newsline.newsroom;

import java.util.List;
import org.newsline.account.Role;
import org.newsline.account.StaffUser;
import org.newsline.article.EditableStory;
import org.newsline.article.Revision;
import org.newsline.article.RevisionRepository;
import org.newsline.newsroom.NewsroomViews.RevisionsPage;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A story's saved versions: what changed in each, and restoring an earlier one. */
@Controller
class RevisionsController {

    private final Desk desk;
    private final RevisionRepository revisions;
    private final Frames frames;

    RevisionsController(Desk desk, RevisionRepository revisions, Frames frames) {
        this.desk = desk;
        this.revisions = revisions;
        this.frames = frames;
    }

    @GetMapping("/newsroom/articles/{id}/revisions")
    String list(@PathVariable long id, @RequestParam(required = false) Integer version, CsrfToken csrf, Model model) {
        StaffUser me = Frames.staff();
        EditableStory story = desk.get(me, id);
        List<Revision> all = revisions.list(id);
        Revision compared = all.stream()
                .filter(r -> version == null || r.version() == version)
                .findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
        Revision before = compared == null
                ? null
                : all.stream()
                        .filter(r -> r.version() < compared.version())
                        .findFirst()
                        .orElse(null);
        model.addAttribute(
                "page",
                new RevisionsPage(
                        frames.frame("Revisions", csrf, (String) model.getAttribute("notice")),
                        id,
                        story.content().headline(),
                        story.version(),
                        all,
                        compared,
                        compared == null
                                ? List.of()
                                : TextDiff.between(before == null ? null : before.content(), compared.content()),
                        me.can(Role.EDITOR)));
        return "newsroom/revisions";
    }

    @PostMapping("/newsroom/articles/{id}/revisions/{version}/restore")
    String restore(
            @PathVariable long id, @PathVariable int version, @RequestParam int basedOn, RedirectAttributes redirect) {
        int saved = desk.restore(Frames.staff(), id, version, basedOn);
        redirect.addFlashAttribute("notice", "Version " + version + " restored as version " + saved + ".");
        return "redirect:/newsroom/articles/" + id;
    }
}
