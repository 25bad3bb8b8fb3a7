package org.newsline.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps an editor or admin who must enrol in two-factor sign-in on the enrolment screen: every other
 * newsroom address answers with a redirect there (a 303, so a form sent elsewhere is not repeated).
 */
final class TwoFactorEnrolmentFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (TwoFactorSignIn.mustEnrol(request)
                && !allowed(path)
                && CurrentStaff.user().isPresent()) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", TwoFactorSignIn.ENROL_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(String path) {
        return path.equals(TwoFactorSignIn.ENROL_PAGE)
                || path.startsWith(TwoFactorSignIn.ENROL_PAGE + "/")
                || path.equals("/newsroom/logout")
                || path.startsWith("/newsroom/login");
    }
}
