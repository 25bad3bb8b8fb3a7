package org.newsline.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.newsline.account.StaffUser;
import org.newsline.account.TwoFactor;
import org.newsline.account.TwoFactorSignIn;
import org.newsline.newsroom.NewsroomViews.LoginCodePage;
import org.newsline.newsroom.NewsroomViews.TwoFactorPage;
import org.newsline.web.BadRequestException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The code step of signing in, and one's own two-factor sign-in: enrolment, recovery codes, turning off. */
@Controller
class TwoFactorController {

    private static final String WRONG_CODE =
            "That code is not right. Type the 6-digit code your app shows now (each code works once).";

    private final TwoFactor twoFactor;
    private final TwoFactorSignIn signIn;
    private final Frames frames;

    TwoFactorController(TwoFactor twoFactor, TwoFactorSignIn signIn, Frames frames) {
        this.twoFactor = twoFactor;
        this.signIn = signIn;
        this.frames = frames;
    }

    @GetMapping(TwoFactorSignIn.CODE_PAGE)
    String codePage(
            @RequestParam(required = false) String error, CsrfToken csrf, Model model, HttpServletRequest request) {
        if (!signIn.pending(request)) {
            model.addAttribute(
                    "page",
                    new NewsroomViews.LoginPage(
                            frames.frame("Sign in", csrf, ""), "Sign in with your e-mail and password first."));
            return "newsroom/login";
        }
        return codePage(model, csrf, error != null ? WRONG_CODE : "");
    }

    @PostMapping(TwoFactorSignIn.CODE_PAGE)
    String code(
            @RequestParam(defaultValue = "") String code,
            CsrfToken csrf,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<TwoFactor.Outcome> outcome = signIn.complete(request, response, code);
        if (outcome.isEmpty()) {
            return "redirect:/newsroom/login?expired";
        }
        return switch (outcome.get()) {
            case ACCEPTED, RECOVERY_CODE_USED -> "redirect:/newsroom";
            case WRONG -> "redirect:" + TwoFactorSignIn.CODE_PAGE + "?error";
            case THROTTLED -> {
                response.setStatus(429);
                response.setHeader("Retry-After", Long.toString(TwoFactor.RETRY_AFTER.toSeconds()));
                yield codePage(model, csrf, "Too many attempts. Wait 15 minutes and try again.");
            }
        };
    }

    private String codePage(Model model, CsrfToken csrf, String message) {
        model.addAttribute("page", new LoginCodePage(frames.frame("Enter the 6-digit code", csrf, ""), message));
        return "newsroom/login-code";
    }

    @GetMapping(TwoFactorSignIn.ENROL_PAGE)
    String page(CsrfToken csrf, Model model, HttpServletRequest request) {
        StaffUser me = Frames.staff();
        String notice = (String) model.getAttribute("notice");
        String error = (String) model.getAttribute("error");
        @SuppressWarnings("unchecked")
        List<String> codes = (List<String>) model.getAttribute("recoveryCodes");
        boolean enabled = twoFactor.enabled(me.id());
        String secret = enabled ? "" : twoFactor.offeredSecret(me);
        String uri = enabled ? "" : twoFactor.uri(me, secret);
        model.addAttribute(
                "page",
                new TwoFactorPage(
                        frames.frame("Two-factor sign-in", csrf, notice),
                        enabled,
                        twoFactor.required(me),
                        !enabled && twoFactor.required(me),
                        grouped(secret),
                        uri,
                        enabled ? "" : QrCodes.svg(uri, "QR code of your two-factor secret for " + me.email()),
                        codes == null ? List.of() : codes,
                        enabled ? twoFactor.recoveryCodesLeft(me) : 0,
                        error == null ? "" : error));
        return "newsroom/two-factor";
    }

    @PostMapping(TwoFactorSignIn.ENROL_PAGE)
    String enrol(
            @RequestParam(defaultValue = "") String code, HttpServletRequest request, RedirectAttributes redirect) {
        StaffUser me = Frames.staff();
        if (twoFactor.enabled(me.id())) {
            throw new BadRequestException("Two-factor sign-in is already on");
        }
        Optional<List<String>> codes = twoFactor.enrol(me, code, request.getRemoteAddr());
        if (codes.isEmpty()) {
            redirect.addFlashAttribute("error", WRONG_CODE);
        } else {
            signIn.enrolled(request);
            redirect.addFlashAttribute("notice", "Two-factor sign-in is on.");
            redirect.addFlashAttribute("recoveryCodes", codes.get());
        }
        return "redirect:" + TwoFactorSignIn.ENROL_PAGE;
    }

    @PostMapping(TwoFactorSignIn.ENROL_PAGE + "/recovery-codes")
    String recoveryCodes(
            @RequestParam(defaultValue = "") String code, HttpServletRequest request, RedirectAttributes redirect) {
        StaffUser me = Frames.staff();
        Optional<List<String>> codes = twoFactor.replaceRecoveryCodes(me, code, request.getRemoteAddr());
        if (codes.isEmpty()) {
            redirect.addFlashAttribute("error", WRONG_CODE);
        } else {
            redirect.addFlashAttribute("notice", "New recovery codes made; the old ones no longer work.");
            redirect.addFlashAttribute("recoveryCodes", codes.get());
        }
        return "redirect:" + TwoFactorSignIn.ENROL_PAGE;
    }

    @PostMapping(TwoFactorSignIn.ENROL_PAGE + "/disable")
    String disable(
            @RequestParam(defaultValue = "") String code, HttpServletRequest request, RedirectAttributes redirect) {
        StaffUser me = Frames.staff();
        TwoFactor.Outcome outcome;
        try {
            outcome = twoFactor.disable(me, code, request.getRemoteAddr());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        if (outcome.accepted()) {
            redirect.addFlashAttribute("notice", "Two-factor sign-in is off.");
        } else {
            redirect.addFlashAttribute("error", WRONG_CODE);
        }
        return "redirect:" + TwoFactorSignIn.ENROL_PAGE;
    }

    /** "JBSW Y3DP ...": easier to type from the screen. */
    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
