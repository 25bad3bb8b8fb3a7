package org.newsline.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Maps every failure of a request to a clear page or problem, once, for the whole application. */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    static final String TOO_LARGE = "The upload is larger than the 20 MB limit.";

    private final ErrorResponses responses;
    private final OutageAnswers outage;

    ErrorHandling(ErrorResponses responses, OutageAnswers outage) {
        this.responses = responses;
        this.outage = outage;
    }

    @ExceptionHandler({PageNotFoundException.class, NoResourceFoundException.class})
    Object notFound(HttpServletRequest request, HttpServletResponse response, Exception e) {
        return responses.respond(
                request, response, HttpStatus.NOT_FOUND, e instanceof PageNotFoundException ? e.getMessage() : null);
    }

    @ExceptionHandler({
        BadRequestException.class,
        TypeMismatchException.class,
        MissingServletRequestParameterException.class,
        HandlerMethodValidationException.class
    })
    Object badRequest(HttpServletRequest request, HttpServletResponse response, Exception e) {
        String detail = e instanceof BadRequestException ? e.getMessage() : "A parameter of this address is malformed.";
        return responses.respond(request, response, HttpStatus.BAD_REQUEST, detail);
    }

    /** A form field that does not convert (letters in a number field): named, its value not repeated. */
    @ExceptionHandler(BindException.class)
    Object badForm(HttpServletRequest request, HttpServletResponse response, BindException e) {
        String fields = e.getFieldErrors().stream()
                .map(FieldError::getField)
                .distinct()
                .map(field -> "'" + field + "'")
                .collect(Collectors.joining(", "));
        String detail =
                fields.isEmpty() ? "A field of this form is malformed." : "The form field " + fields + " is malformed.";
        return responses.respond(request, response, HttpStatus.BAD_REQUEST, detail);
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object forbidden(HttpServletRequest request, HttpServletResponse response, Exception e) {
        return responses.respond(request, response, HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(LockedException.class)
    Object throttled(HttpServletRequest request, HttpServletResponse response, Exception e) {
        // The sign-in throttle's window (account/LoginThrottle), so scripts know how long to wait.
        response.setHeader("Retry-After", "900");
        return responses.respond(
                request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many attempts; wait 15 minutes and try again.");
    }

    @ExceptionHandler(AuthenticationException.class)
    Object unauthorized(HttpServletRequest request, HttpServletResponse response, Exception e) {
        return responses.respond(request, response, HttpStatus.UNAUTHORIZED, e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, HttpServletResponse response, Exception e) {
        return responses.respond(request, response, HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpServletRequest request, HttpServletResponse response, Exception e) {
        return responses.respond(
                request, response, HttpStatus.BAD_REQUEST, "The request body is not valid JSON of the expected shape.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object unsupported(HttpServletRequest request, HttpServletResponse response, Exception e) {
        return responses.respond(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object methodNotAllowed(HttpServletRequest request, HttpServletResponse response, Exception e) {
        return responses.respond(request, response, HttpStatus.METHOD_NOT_ALLOWED, e.getMessage());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(HttpServletRequest request, HttpServletResponse response, Exception e) {
        return responses.respond(request, response, HttpStatus.NOT_ACCEPTABLE, null);
    }

    @ExceptionHandler(ResponseStatusException.class)
    Object status(HttpServletRequest request, HttpServletResponse response, ResponseStatusException e) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        return responses.respond(
                request, response, status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status, e.getReason());
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(HttpServletRequest request, HttpServletResponse response, Exception e) throws IOException {
        if (DatabaseOutages.isOutage(e)) {
            // Unavailable for now, not broken: 503 with Retry-After, and any form sent comes back filled in.
            log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            outage.write(request, response);
            return null;
        }
        log.error("Request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, e);
        return responses.respond(request, response, HttpStatus.INTERNAL_SERVER_ERROR, null);
    }
}
