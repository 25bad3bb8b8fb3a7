package org.newsline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsline.account.Accounts;
import org.newsline.account.Role;
import org.newsline.account.StaffCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Secrets travel only in the {@code Authorization} header, never in an address (where logs, proxies and the
 * browser's history keep them); no answer names the software or its versions, and no error shows a stack
 * trace, even for requests no browser would send.
 */
@IntegrationTest
class SecurityReviewIntegrationTests {

    private static final String PASSWORD = "correct horse battery";

    /** The names under which software commonly accepts a token or key outside the header. */
    private static final List<String> TOKEN_PARAMETERS =
            List.of("access_token", "token", "api_key", "apikey", "apiKey", "key", "bearer", "auth", "Authorization");

    /** Traces of a stack trace, a framework or a version in a body. */
    private static final Pattern DISCLOSURE = Pattern.compile(
            "(?i)exception|\\bat (org|java|jakarta|sun)\\.|\\.java:\\d|tomcat|jetty|undertow|spring|hibernate"
                    + "|postgres|psql|hikari|jdbc|java/\\d|openjdk|whitelabel");

    @Autowired
    Accounts accounts;

    @LocalServerPort
    int port;

    SiteClient site;

    @BeforeEach
    void setUp() {
        site = new SiteClient(port);
    }

    @Test
    void staffApiTokensAreAcceptedInTheAuthorizationHeaderOnly() {
        String token = staffToken(Role.EDITOR);
        assertThat(site.get("/api/v1/articles", "Authorization", "Bearer " + token)
                        .statusCode())
                .isEqualTo(200);

        for (String name : TOKEN_PARAMETERS) {
            for (String value : List.of(token, "Bearer " + token)) {
                String query = "?" + name + "=" + value.replace(" ", "%20");
                assertThat(site.get("/api/v1/articles" + query).statusCode())
                        .as(name)
                        .isIn(401, 403);
            }
        }
        HttpResponse<String> inBody =
                site.send("POST", "/api/v1/articles", null, "Content-Type", "application/x-www-form-urlencoded");
        assertThat(inBody.statusCode()).isIn(401, 403);
    }

    @Test
    void wireKeysAreAcceptedInTheAuthorizationHeaderOnly() {
        String admin = staffToken(Role.ADMIN);
        HttpResponse<String> subscriber = site.send(
                "POST",
                "/api/v1/subscribers",
                "{\"name\":\"Header only " + UUID.randomUUID() + "\",\"products\":[{\"languages\":[\"en\"],"
                        + "\"categories\":[\"politics\"],\"minUrgency\":\"normal\"}]}",
                "Authorization",
                "Bearer " + admin);
        assertThat(subscriber.statusCode()).as(subscriber.body()).isEqualTo(201);
        HttpResponse<String> created = site.send(
                "POST",
                "/api/v1/subscribers/" + field(subscriber.body(), "id") + "/keys",
                null,
                "Authorization",
                "Bearer " + admin);
        String key = field(created.body(), "key");
        assertThat(site.get("/wire/v1/items", "Authorization", "Bearer " + key).statusCode())
                .isEqualTo(200);

        for (String name : TOKEN_PARAMETERS) {
            assertThat(site.get("/wire/v1/items?" + name + "=" + key).statusCode())
                    .as(name)
                    .isEqualTo(401);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "GET /en/ HTTP/1.1",
                "GET /en/2026/01/01/no-such-story HTTP/1.1",
                "GET /no/such/page HTTP/1.1",
                "GET /api/v1/articles/not-a-number HTTP/1.1",
                "GET /api/v1/search?page=-1 HTTP/1.1",
                "GET /wire/v1/items HTTP/1.1",
                "GET /newsroom/articles/1 HTTP/1.1",
                "GET /media/not-an-id.jpg HTTP/1.1",
                "GET /en/%ZZ HTTP/1.1",
                "GET /en/..;/..;/etc/passwd HTTP/1.1",
                "GET /en/%2e%2e/%2e%2e/etc/passwd HTTP/1.1",
                "GET /en/a%00b HTTP/1.1",
                "TRACE /en/ HTTP/1.1",
                "PATCH /en/ HTTP/1.1",
                "BREW /en/ HTTP/1.1",
                "GET /en/<script> HTTP/1.1",
                "POST /api/v1/tokens HTTP/1.1",
                "GET /en/ HTTP/9.9"
            })
    void answersNameNoSoftwareVersionAndShowNoStackTrace(String requestLine) throws IOException {
        String response = raw(requestLine + "\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 9\r\nConnection: close\r\n\r\n{\"bad\":[}");

        assertThat(response).as(requestLine).isNotEmpty();
        String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
        assertThat(head.lines()).as(requestLine).noneMatch(line -> line.regionMatches(true, 0, "Server:", 0, 7));
        assertThat(head.lines()).as(requestLine).noneMatch(line -> line.regionMatches(true, 0, "X-Powered-By", 0, 12));
        String status = head.lines().findFirst().orElse("");
        assertThat(status).as(requestLine).doesNotContain(" 500 ");
        if (status.contains(" 200 ")) {
            return; // a page's own text (stories other tests wrote) is not an error body
        }
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        Matcher disclosure = DISCLOSURE.matcher(body);
        assertThat(disclosure.find() ? disclosure.group() : null)
                .as(requestLine + " answered:\n" + response)
                .isNull();
    }

    /** Sends bytes as they are (no client tidies the request line) and reads the whole answer. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readNBytes(1_000_000), StandardCharsets.UTF_8);
        }
    }

    private String staffToken(Role role) {
        String email = role.code() + "-" + UUID.randomUUID() + "@test.example";
        accounts.create(null, email, "Test " + role.code(), role, PASSWORD);
        HttpResponse<String> response =
                site.send("POST", "/api/v1/tokens", StaffCodes.tokenRequest(site.port(), email, PASSWORD));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return field(response.body(), "token");
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        assertThat(matcher.find()).as(name + " in " + json).isTrue();
        return matcher.group(1);
    }
}
