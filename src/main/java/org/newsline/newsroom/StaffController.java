package org.newsline.newsroom;

import org.newsline.account.Accounts;
import org.newsline.account.ApiTokens;
import org.newsline.account.AuditLog;
import org.newsline.account.Role;
import org.newsline.account.TwoFactor;
import org.newsline.newsroom.NewsroomViews.AuditPage;
import org.newsline.newsroom.NewsroomViews.StaffPage;
import org.newsline.newsroom.NewsroomViews.TokensPage;
import org.newsline.web.BadRequestException;
import org.newsline.web.PageNotFoundException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff accounts and the audit log (admins only, enforced by the security rules), and one's own API tokens. */
@Controller
class StaffController {

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final AuditLog audit;
    private final TwoFactor twoFactor;
    private final Frames frames;

    StaffController(Accounts accounts, ApiTokens tokens, AuditLog audit, TwoFactor twoFactor, Frames frames) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
        this.twoFactor = twoFactor;
        this.frames = frames;
    }

    @GetMapping("/newsroom/staff")
    String staff(CsrfToken csrf, Model model) {
        model.addAttribute(
                "page",
                new StaffPage(
                        frames.frame("Staff", csrf, (String) model.getAttribute("notice")),
                        accounts.list(),
                        twoFactor.enrolledAccounts(),
                        Frames.staff().id()));
        return "newsroom/staff";
    }

    @PostMapping("/newsroom/staff")
    String create(
            @RequestParam String email,
            @RequestParam String displayName,
            @RequestParam String role,
            @RequestParam String password,
            RedirectAttributes redirect) {
        try {
            accounts.create(Frames.staff(), email, displayName, Role.of(role), password);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        redirect.addFlashAttribute("notice", "Account created for " + email + ".");
        return "redirect:/newsroom/staff";
    }

    @PostMapping("/newsroom/staff/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        try {
            accounts.setEnabled(Frames.staff(), id, enabled);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        redirect.addFlashAttribute("notice", enabled ? "Account enabled." : "Account disabled.");
        return "redirect:/newsroom/staff";
    }

    /** For a lost phone: the staff member enrols again at their next sign-in (if their role requires it). */
    @PostMapping("/newsroom/staff/{id}/two-factor/reset")
    String resetTwoFactor(@PathVariable long id, RedirectAttributes redirect) {
        try {
            twoFactor.reset(Frames.staff(), id);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        redirect.addFlashAttribute("notice", "Two-factor sign-in reset; they set it up again at their next sign-in.");
        return "redirect:/newsroom/staff";
    }

    @GetMapping("/newsroom/audit")
    String audit(CsrfToken csrf, Model model) {
        model.addAttribute("page", new AuditPage(frames.frame("Audit log", csrf, ""), audit.latest(500)));
        return "newsroom/audit";
    }

    @GetMapping("/newsroom/tokens")
    String tokens(CsrfToken csrf, Model model) {
        Object created = model.getAttribute("newToken");
        model.addAttribute(
                "page",
                new TokensPage(
                        frames.frame("API tokens", csrf, (String) model.getAttribute("notice")),
                        tokens.list(Frames.staff()),
                        created == null ? "" : created.toString()));
        return "newsroom/tokens";
    }

    @PostMapping("/newsroom/tokens")
    String createToken(@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        redirect.addFlashAttribute("newToken", tokens.create(Frames.staff(), name));
        return "redirect:/newsroom/tokens";
    }

    @PostMapping("/newsroom/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        if (!tokens.revoke(Frames.staff(), id)) {
            // Someone else's token looks like no token at all: its id tells nothing.
            throw new PageNotFoundException("You have no API token " + id);
        }
        redirect.addFlashAttribute("notice", "Token revoked.");
        return "redirect:/newsroom/tokens";
    }
}
