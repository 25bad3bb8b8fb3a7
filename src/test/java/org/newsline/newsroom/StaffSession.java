package org.newsline.newsroom;

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
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.newsline.account.StaffCodes;

/** A browser-like client for the newsroom screens: keeps cookies, sends the CSRF token with every form. */
final class StaffSession {

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final int port;
    private String csrf = "";

    StaffSession(int port) {
        this.port = port;
    }

    /**
     * Signs in as staff do: the password, then a code from the account's authenticator (computed by
     * {@link StaffCodes}); an editor or admin not enrolled yet is enrolled through the enrolment screen first,
     * then goes on to the dashboard. Returns the response to the last POST: the password's if it was refused
     * (or if the test never saw the account's secret), otherwise the code's.
     */
    HttpResponse<String> signIn(String email, String password) {
        HttpResponse<String> response = signInWithPassword(email, password);
        String location = response.headers().firstValue("Location").orElse("");
        if (location.endsWith("/newsroom/login/code")) {
            if (StaffCodes.secret(port, email).isEmpty()) {
                return response;
            }
            get("/newsroom/login/code");
            return post("/newsroom/login/code", Map.of("code", StaffCodes.nextCode(port, email)));
        }
        if (location.endsWith("/newsroom/two-factor")) {
            HttpResponse<String> enrolled = enrol(email);
            get("/newsroom/two-factor");
            return enrolled;
        }
        return response;
    }

    /** Only the password step of signing in. */
    HttpResponse<String> signInWithPassword(String email, String password) {
        get("/newsroom/login");
        return post("/newsroom/login", Map.of("username", email, "password", password));
    }

    /** Turns on two-factor sign-in on the enrolment screen with the secret it shows; returns the POST's answer. */
    HttpResponse<String> enrol(String email) {
        var page = Jsoup.parse(get("/newsroom/two-factor").body());
        var secret = page.selectFirst("#secret");
        if (secret == null) {
            throw new AssertionError("No secret on the enrolment screen: " + page.text());
        }
        StaffCodes.remember(port, email, secret.text());
        return post("/newsroom/two-factor", Map.of("code", StaffCodes.nextCode(port, email)));
    }

    HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
        var token = Jsoup.parse(response.body()).select("input[name=_csrf]").first();
        if (token != null) {
            csrf = token.attr("value");
        }
        return response;
    }

    HttpResponse<String> post(String path, Map<String, String> fields) {
        return postWithToken(path, fields, csrf);
    }

    HttpResponse<String> postWithToken(String path, Map<String, String> fields, String token) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        if (token != null) {
            body = body + (body.isEmpty() ? "" : "&") + "_csrf=" + encode(token);
        }
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a multipart form with one file field, as the story editor does. */
    HttpResponse<String> postMultipart(
            String path, Map<String, String> fields, String fileField, String filename, byte[] file) {
        String boundary = "----newsline-test-boundary";
        var out = new java.io.ByteArrayOutputStream();
        try {
            for (var e : fields.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
                                + e.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                            + filename + "\"\r\nContent-Type: image/jpeg\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.write(file);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
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
