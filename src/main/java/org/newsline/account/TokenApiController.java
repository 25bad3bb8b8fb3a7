package org.newsline.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets scripts exchange an e-mail and password for a personal API token, throttled like the login form. An
 * account with two-factor sign-in on must also send a current code, or the password alone would be enough.
 */
@RestController
class TokenApiController {

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;
    private final TwoFactor twoFactor;

    TokenApiController(AuthenticationManager authentication, ApiTokens tokens, TwoFactor twoFactor) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.twoFactor = twoFactor;
    }

    /**
     * The credentials of a token request.
     *
     * @param email the staff member's e-mail
     * @param password their password
     * @param code a current two-factor code or an unused recovery code, if the account has two-factor sign-in on
     * @param name what to call the token, optional
     */
    record TokenRequest(String email, String password, String code, String name) {}

    @PostMapping("/api/v1/tokens")
    ResponseEntity<?> create(@RequestBody TokenRequest body, HttpServletRequest request) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(
                body.email() == null ? "" : body.email(), body.password() == null ? "" : body.password());
        attempt.setDetails(new WebAuthenticationDetails(request));
        Authentication result = authentication.authenticate(attempt);
        StaffUser user = (StaffUser) result.getPrincipal();
        if (twoFactor.enabled(user.id())) {
            if (body.code() == null || body.code().isBlank()) {
                return problem(
                        HttpStatus.UNAUTHORIZED,
                        "This account uses two-factor sign-in: send \"code\" with the current 6-digit code"
                                + " or an unused recovery code");
            }
            TwoFactor.Outcome outcome = twoFactor.check(user, body.code(), request.getRemoteAddr());
            if (outcome == TwoFactor.Outcome.THROTTLED) {
                return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                        .header("Retry-After", Long.toString(TwoFactor.RETRY_AFTER.toSeconds()))
                        .body(detail(
                                HttpStatus.TOO_MANY_REQUESTS, "Too many attempts; wait 15 minutes and try again."));
            }
            if (!outcome.accepted()) {
                return problem(
                        HttpStatus.UNAUTHORIZED,
                        "Wrong two-factor code (a code can be used once; wait for the next one)");
            }
        } else if (twoFactor.required(user)) {
            return problem(
                    HttpStatus.FORBIDDEN,
                    "Editors and admins must turn on two-factor sign-in before creating API tokens:"
                            + " sign in to the newsroom and enrol at /newsroom/two-factor first");
        }
        String token = tokens.create(user, body.name() == null ? "API" : body.name());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("token", token));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(detail(status, detail));
    }

    private static ProblemDetail detail(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(java.net.URI.create("/api/v1/tokens"));
        return problem;
    }
}
