package org.newsline.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;

/**
 * Reads a multipart upload before anything else looks at its fields. The security filters read the CSRF
 * field, and a form the container cannot parse (a file name with a NUL byte, a part over the size limit,
 * a part header that never ends) would otherwise fail there, outside Spring MVC, as a 500 or a bare 403.
 * Here it gets a clear 400 or 413 page naming the problem.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class MultipartGuard extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.regionMatches(true, 0, "multipart/", 0, "multipart/".length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            // Parses the parts now; the container keeps them for the request's later readers.
            new StandardMultipartHttpServletRequest(request);
        } catch (MaxUploadSizeExceededException e) {
            // The container also counts an overlong part header (a file name of thousands of characters)
            // as "too large": only a request that is large as a whole gets the size message.
            if (request.getContentLengthLong() < 0 || request.getContentLengthLong() > LARGE) {
                refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, ErrorHandling.TOO_LARGE, e);
            } else {
                refuse(request, response, HttpStatus.BAD_REQUEST, UNREADABLE, e);
            }
            return;
        } catch (MultipartException e) {
            refuse(request, response, HttpStatus.BAD_REQUEST, UNREADABLE, e);
            return;
        }
        chain.doFilter(request, response);
    }

    private static final long LARGE = 20L * 1024 * 1024;

    static final String UNREADABLE = "The upload could not be read: a file name holds a control character,"
            + " a file name or field is too long, or the form is malformed.";

    private static void refuse(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String detail,
            MultipartException failure)
            throws IOException {
        request.setAttribute(ErrorPageController.DETAIL, detail);
        // Tells Spring MVC not to parse the parts again while it renders the error page.
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
        // The security filters have not run yet, so their headers are set here.
        response.setHeader("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cache-Control", "no-store");
        response.sendError(status.value());
    }
}
