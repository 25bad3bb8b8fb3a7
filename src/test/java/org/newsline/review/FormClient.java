package org.newsline.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsline.account.StaffCodes;

/** A browser-like client: keeps cookies, reads forms from pages and posts them back as a browser would. */
final class FormClient {

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final int port;

    FormClient(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Jsoup.parse(response.body(), "http://localhost:" + port + path);
    }

    /** The values a browser would send with this form, hidden fields included, before the reader types. */
    static Map<String, String> fields(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name]")) {
            if (input.attr("type").equals("radio") && !input.hasAttr("checked")) {
                continue;
            }
            fields.put(input.attr("name"), input.tagName().equals("textarea") ? input.text() : input.attr("value"));
        }
        return fields;
    }

    /** Posts as a browser does from a page of this site. */
    HttpResponse<String> post(String path, Map<String, String> fields) {
        return postFrom("http://localhost:" + port, path, fields);
    }

    /** Posts fields that may repeat (such as ticked checkboxes of one name), as a browser does. */
    HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + port)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts as a browser does from a page of the origin given (the {@code Origin} header), or of none. */
    HttpResponse<String> postFrom(String origin, String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded");
        if (origin != null) {
            request.header("Origin", origin);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in to the newsroom through its login form. */
    void signIn(String email, String password) {
        Map<String, String> fields = fields(page("/newsroom/login").selectFirst("form[action=/newsroom/login]"));
        fields.put("username", email);
        fields.put("password", password);
        HttpResponse<String> response = post("/newsroom/login", fields);
        String location = response.headers().firstValue("Location").orElse("");
        if (location.endsWith("/newsroom/login/code")) {
            // The second step: the code from the account's authenticator.
            Map<String, String> code =
                    fields(page("/newsroom/login/code").selectFirst("form[action=/newsroom/login/code]"));
            code.put("code", StaffCodes.nextCode(port, email));
            response = post("/newsroom/login/code", code);
        } else if (location.endsWith("/newsroom/two-factor")) {
            // Editors and admins enrol on their first sign-in, then go on to the newsroom.
            Document enrolment = page("/newsroom/two-factor");
            StaffCodes.remember(port, email, enrolment.selectFirst("#secret").text());
            Map<String, String> code = fields(enrolment.selectFirst("form[action=/newsroom/two-factor]"));
            code.put("code", StaffCodes.nextCode(port, email));
            response = post("/newsroom/two-factor", code);
            location = response.headers().firstValue("Location").orElse("");
            if (response.statusCode() == 302 && location.endsWith("/newsroom/two-factor")) {
                return;
            }
        }
        if (response.statusCode() != 302
                || !response.headers().firstValue("Location").orElse("").endsWith("/newsroom")) {
            throw new AssertionError("Sign-in failed: " + response.statusCode() + " " + response.headers());
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
