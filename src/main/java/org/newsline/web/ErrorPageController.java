package org.newsline.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Renders errors raised outside Spring MVC (by the servlet container or a filter) the same way. */
@Controller
class ErrorPageController implements ErrorController {

    /** A request attribute with a sentence for the reader, set by a filter that refuses a request. */
    static final String DETAIL = "newsline.error.detail";

    private final ErrorResponses responses;

    ErrorPageController(ErrorResponses responses) {
        this.responses = responses;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.resolve(value)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        Object detail = request.getAttribute(DETAIL);
        return responses.respond(request, response, status, detail instanceof String text ? text : null);
    }
}
