package org.newsline.review;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.newsline.web.ErrorResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Refused moderation input answers 400 and an action that does not fit the review's state 409: as problem
 * JSON for the API, as a page for the newsroom screens.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(
        assignableTypes = {
            ModerationController.class,
            BlocklistController.class,
            ReplyController.class,
            ReviewApiController.class
        })
class ModerationErrors {

    private final ErrorResponses responses;

    ModerationErrors(ErrorResponses responses) {
        this.responses = responses;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    Object invalid(HttpServletRequest request, HttpServletResponse response, IllegalArgumentException e) {
        return responses.respond(request, response, HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(IllegalStateException.class)
    Object conflict(HttpServletRequest request, HttpServletResponse response, IllegalStateException e) {
        return responses.respond(request, response, HttpStatus.CONFLICT, e.getMessage());
    }
}
