package org.newsline.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsline.article.ArticleNotFoundException;
import org.newsline.article.VersionConflictException;
import org.newsline.web.ErrorResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Error pages for the newsroom screens: refused input 400, wrong state or stale version 409, unknown story 404. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(
        assignableTypes = {
            EditorController.class,
            RevisionsController.class,
            StaffController.class,
            DashboardController.class,
            EntityQueueController.class,
            QuoteReviewController.class
        })
class NewsroomPageErrors {

    private final ErrorResponses responses;

    NewsroomPageErrors(ErrorResponses responses) {
        this.responses = responses;
    }

    @ExceptionHandler(ArticleNotFoundException.class)
    Object notFound(HttpServletRequest request, HttpServletResponse response, ArticleNotFoundException e) {
        return responses.respond(request, response, HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    Object invalid(HttpServletRequest request, HttpServletResponse response, IllegalArgumentException e) {
        return responses.respond(request, response, HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler({IllegalStateException.class, VersionConflictException.class})
    Object conflict(HttpServletRequest request, HttpServletResponse response, RuntimeException e) {
        return responses.respond(request, response, HttpStatus.CONFLICT, e.getMessage());
    }
}
