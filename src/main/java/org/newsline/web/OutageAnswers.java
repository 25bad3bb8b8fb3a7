package org.newsline.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer while the database is unavailable: 503 with {@code Retry-After}, as problem JSON for API
 * clients or a page for people. A form that was being sent comes back filled in with everything its sender
 * typed, so that nothing is lost and it can be sent again. Written straight to the response, without the
 * database, so that it also works where the failure happened before Spring MVC (session or token filters).
 */
@Component
class OutageAnswers {

    /** Fields never written back into a page. */
    private static final List<String> SECRET_FIELDS = List.of("password", "secret", "_csrf");

    private final ChromeSource chromeSource;
    private final TemplateEngine templates;
    private final JsonMapper json = JsonMapper.builder().build();

    OutageAnswers(ChromeSource chromeSource, TemplateEngine templates) {
        this.chromeSource = chromeSource;
        this.templates = templates;
    }

    void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", Long.toString(DatabaseOutages.RETRY_AFTER.toSeconds()));
        response.setHeader("Cache-Control", "no-store");
        String lang = ErrorResponses.languageOf(request);
        Chrome chrome = chromeSource.offlineChrome(lang);
        if (ErrorResponses.wantsJson(request)) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase());
            problem.put("status", 503);
            problem.put("detail", chrome.t("error.unavailable.detail"));
            problem.put("instance", ErrorResponses.pathOf(request));
            write(response, MediaType.APPLICATION_PROBLEM_JSON_VALUE, json.writeValueAsString(problem));
            return;
        }
        Layout layout = Layout.simple(
                chrome, chrome.t("error.unavailable"), ErrorResponses.pathOf(request), chromeSource.homeLinks(lang));
        StringOutput html = new StringOutput();
        List<UnsavedPage.Field> fields = sentFields(request);
        if (fields.isEmpty()) {
            String heading = chrome.t("error.unavailable");
            templates.render(
                    "web/error.jte", new ErrorPage(layout, 503, heading, chrome.t("error.unavailable.detail")), html);
        } else {
            String csrf = request.getParameter("_csrf");
            templates.render(
                    "web/unsaved.jte",
                    new UnsavedPage(layout, request.getRequestURI(), csrf == null ? "" : csrf, fields),
                    html);
        }
        write(response, "text/html;charset=UTF-8", html.toString());
    }

    /** What a form sent, when the request is a form being sent (not a search or a link). */
    private static List<UnsavedPage.Field> sentFields(HttpServletRequest request) {
        List<UnsavedPage.Field> fields = new ArrayList<>();
        String type = request.getContentType();
        if (!"POST".equals(request.getMethod())
                || type == null
                || !(type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                        || type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE))) {
            return fields;
        }
        for (Map.Entry<String, String[]> entry : request.getParameterMap().entrySet()) {
            String name = entry.getKey();
            String lower = name.toLowerCase(Locale.ROOT);
            if (SECRET_FIELDS.stream().anyMatch(lower::contains)) {
                continue;
            }
            for (String value : entry.getValue()) {
                boolean multiline = value.length() > 100 || value.contains("\n");
                fields.add(new UnsavedPage.Field("unsaved-" + fields.size(), name, value, multiline));
            }
        }
        return fields;
    }

    private static void write(HttpServletResponse response, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentType(contentType);
        try {
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        } catch (IllegalStateException writerInUse) {
            // The page was being written when the database failed (the session, written as the response
            // commits): its writer is open, and the buffer reset above emptied it.
            response.setContentLength(-1);
            response.getWriter().write(body);
        }
        response.flushBuffer();
    }
}
