package org.newsline.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 (see {@link OutageAnswers}) when the database fails a request before Spring MVC sees it: the
 * staff session, an API token or a login lookup. Runs before the session filter, which reads PostgreSQL.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private final OutageAnswers answers;

    DatabaseOutageFilter(OutageAnswers answers) {
        this.answers = answers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseOutages.isOutage(e) || response.isCommitted()) {
                throw e;
            }
            logger.warn("Database unavailable for " + request.getMethod() + " " + request.getRequestURI() + ": " + e);
            answers.write(request, response);
        }
    }
}
