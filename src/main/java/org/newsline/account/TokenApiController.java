package org.newsline.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Lets scripts exchange an e-mail and password for a personal API token, throttled like the login form. */
@RestController
class TokenApiController {

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;

    TokenApiController(AuthenticationManager authentication, ApiTokens tokens) {
        this.authentication = authentication;
        this.tokens = tokens;
    }

    /**
     * The credentials of a token request.
     *
     * @param email the staff member's e-mail
     * @param password their password
     * @param name what to call the token, optional
     */
    record TokenRequest(String email, String password, String name) {}

    @PostMapping("/api/v1/tokens")
    ResponseEntity<Map<String, String>> create(@RequestBody TokenRequest body, HttpServletRequest request) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(
                body.email() == null ? "" : body.email(), body.password() == null ? "" : body.password());
        attempt.setDetails(new WebAuthenticationDetails(request));
        Authentication result = authentication.authenticate(attempt);
        String token = tokens.create((StaffUser) result.getPrincipal(), body.name() == null ? "API" : body.name());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("token", token));
    }
}
