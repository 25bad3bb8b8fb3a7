package org.newsline.review;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import org.newsline.web.Chrome;
import org.newsline.web.ChromeSource;
import org.newsline.web.ErrorResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** The 429 page for a reader who sent too many reviews: in their language, saying when to try again. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(assignableTypes = ReviewController.class)
class ReviewErrors {

    private final ErrorResponses responses;
    private final ChromeSource chromeSource;
    private final Clock clock;

    ReviewErrors(ErrorResponses responses, ChromeSource chromeSource, Clock clock) {
        this.responses = responses;
        this.chromeSource = chromeSource;
        this.clock = clock;
    }

    @ExceptionHandler(ReviewRateLimitedException.class)
    Object tooMany(HttpServletRequest request, HttpServletResponse response, ReviewRateLimitedException e) {
        long seconds = e.retryAfterSeconds();
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        // The controller's addresses all start with the language: /az/reviews/...
        Chrome chrome = chromeSource.chrome(request.getRequestURI().substring(1, 3));
        Instant next = clock.instant().plusSeconds(seconds);
        long minutes = (seconds + 59) / 60;
        return responses.respond(
                request,
                response,
                HttpStatus.TOO_MANY_REQUESTS,
                chrome.t(e.perStory() ? "review.tooMany.story" : "review.tooMany", minutes, chrome.time(next)));
    }
}
