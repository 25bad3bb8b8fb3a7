package org.newsline.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The second step of a newsroom sign-in. A correct password for an account with two-factor sign-in on does
 * not sign in: the session only notes who is half-way (for five minutes), and the security context is
 * stored only once a code is accepted. An editor or admin who must use two-factor sign-in but has not
 * enrolled is signed in with a note in the session that keeps them on the enrolment screen.
 */
@Component
public class TwoFactorSignIn implements AuthenticationSuccessHandler {

    /** Session attribute: "accountId:epochSecond" of a correct password waiting for its code. */
    static final String PENDING = "newsline.two-factor.pending";
    /** Session attribute: present while the signed-in staff member must enrol before anything else. */
    static final String MUST_ENROL = "newsline.two-factor.must-enrol";

    public static final String CODE_PAGE = "/newsroom/login/code";
    public static final String ENROL_PAGE = "/newsroom/two-factor";

    private static final Duration PENDING_FOR = Duration.ofMinutes(5);

    private final TwoFactor twoFactor;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SavedRequestAwareAuthenticationSuccessHandler proceed =
            new SavedRequestAwareAuthenticationSuccessHandler();

    TwoFactorSignIn(TwoFactor twoFactor, AccountRepository accounts, AuditLog audit, Clock clock) {
        this.twoFactor = twoFactor;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        proceed.setDefaultTargetUrl("/newsroom");
    }

    /** After a correct password: ask for a code, send to enrolment, or go on. */
    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        StaffUser user = (StaffUser) authentication.getPrincipal();
        HttpSession session = request.getSession();
        if (twoFactor.enabled(user.id())) {
            // Undo what the login filter stored: the password alone does not sign in.
            SecurityContextHolder.clearContext();
            session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            session.setAttribute(PENDING, user.id() + ":" + clock.instant().getEpochSecond());
            response.sendRedirect(CODE_PAGE);
            return;
        }
        if (twoFactor.required(user)) {
            session.setAttribute(MUST_ENROL, Boolean.TRUE);
            response.sendRedirect(ENROL_PAGE);
            return;
        }
        proceed.onAuthenticationSuccess(request, response, authentication);
    }

    /** Whether this session has a correct password waiting for its code. */
    public boolean pending(HttpServletRequest request) {
        return pendingUser(request).isPresent();
    }

    /**
     * Checks the code of the waiting sign-in; when accepted, signs the session in (with a new session id).
     *
     * @return the outcome, or empty if no sign-in is waiting (none, or older than five minutes)
     */
    public Optional<TwoFactor.Outcome> complete(HttpServletRequest request, HttpServletResponse response, String code) {
        Optional<StaffUser> user = pendingUser(request);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        TwoFactor.Outcome outcome = twoFactor.check(user.get(), code, request.getRemoteAddr());
        if (outcome.accepted()) {
            HttpSession session = request.getSession();
            session.removeAttribute(PENDING);
            request.changeSessionId();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    user.get(), null, user.get().getAuthorities()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            audit.record(
                    user.get(), "login.two-factor", "account:" + user.get().id(), "from " + request.getRemoteAddr());
        }
        return Optional.of(outcome);
    }

    /** Whether the signed-in staff member must enrol before using the newsroom. */
    static boolean mustEnrol(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(MUST_ENROL) != null;
    }

    /** Lifts the enrolment requirement of this session, once enrolled. */
    public void enrolled(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(MUST_ENROL);
        }
    }

    private Optional<StaffUser> pendingUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object value = session == null ? null : session.getAttribute(PENDING);
        if (!(value instanceof String text) || !text.matches("[0-9]+:[0-9]+")) {
            return Optional.empty();
        }
        String[] parts = text.split(":");
        Instant since = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        if (since.plus(PENDING_FOR).isBefore(clock.instant())) {
            session.removeAttribute(PENDING);
            return Optional.empty();
        }
        return accounts.findUser(Long.parseLong(parts[0])).filter(StaffUser::isEnabled);
    }
}
