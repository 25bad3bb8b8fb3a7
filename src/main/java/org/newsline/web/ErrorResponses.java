package org.newsline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Builds the answer to a failed request: an RFC 9457 problem for API clients, otherwise a styled page in
 * the reader's language. Never a stack trace.
 */
@Component
public class ErrorResponses {

    private final ChromeSource chromeSource;

    ErrorResponses(ChromeSource chromeSource) {
        this.chromeSource = chromeSource;
    }

    public Object respond(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail) {
        if (wantsJson(request)) {
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(status, detail == null ? status.getReasonPhrase() : detail);
            problem.setInstance(URI.create(pathOf(request)));
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        response.setStatus(status.value());
        String lang = languageOf(request);
        Chrome chrome = chromeSource.chrome(lang);
        String heading = switch (status) {
            case NOT_FOUND -> chrome.t("error.notFound");
            case BAD_REQUEST -> chrome.t("error.badRequest");
            case FORBIDDEN -> chrome.t("error.forbidden");
            case TOO_MANY_REQUESTS -> chrome.t("error.tooMany");
            case SERVICE_UNAVAILABLE -> chrome.t("error.unavailable");
            default -> status.is4xxClientError() ? chrome.t("error.badRequest") : chrome.t("error.server");
        };
        Layout layout = Layout.simple(chrome, heading, pathOf(request), chromeSource.homeLinks(lang));
        ModelAndView view = new ModelAndView("web/error");
        view.addObject("page", new ErrorPage(layout, status.value(), heading, detail == null ? "" : detail));
        view.setStatus(status);
        return view;
    }

    static boolean wantsJson(HttpServletRequest request) {
        String path = pathOf(request);
        if (path.startsWith("/api/") || path.startsWith("/wire/") || path.startsWith("/actuator")) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null
                && (accept.contains("application/json") || accept.contains("application/problem+json"))
                && !accept.contains("text/html");
    }

    static String pathOf(HttpServletRequest request) {
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        String path = original != null ? original.toString() : request.getRequestURI();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** The language of the address (/ru/...), else the browser's preference among the site's languages. */
    static String languageOf(HttpServletRequest request) {
        String path = pathOf(request);
        for (String lang : Translations.LANGUAGES) {
            if (path.equals("/" + lang) || path.startsWith("/" + lang + "/")) {
                return lang;
            }
        }
        return preferredLanguage(request.getHeader("Accept-Language"));
    }

    /** Picks az, ru or en from an Accept-Language header; English when nothing matches or it is malformed. */
    public static String preferredLanguage(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return "en";
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            String match = Locale.lookupTag(ranges, Translations.LANGUAGES);
            if (match != null) {
                return match;
            }
            for (Locale.LanguageRange range : ranges) {
                String primary = range.getRange().split("-")[0];
                if (Translations.LANGUAGES.contains(primary)) {
                    return primary;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a malformed header is no reason to fail: fall through to the default
        }
        return "en";
    }
}
