package org.newsline.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs in API requests carrying {@code Authorization: Bearer TOKEN}; an invalid token gets 401 at once. */
final class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;

    ApiTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<StaffUser> user = tokens.authenticate(header.substring(7).strip());
            if (user.isEmpty()) {
                response.setStatus(401);
                response.setContentType("application/problem+json");
                response.getWriter()
                        .write("{\"type\":\"about:blank\",\"status\":401,\"title\":\"Unauthorized\","
                                + "\"detail\":\"The API token is unknown or revoked\"}");
                return;
            }
            var authentication = UsernamePasswordAuthenticationToken.authenticated(
                    user.get(), null, user.get().getAuthorities());
            SecurityContextHolder.getContext().setAuthentication(authentication);
        }
        chain.doFilter(request, response);
    }
}
