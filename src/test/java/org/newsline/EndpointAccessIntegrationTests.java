package org.newsline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsline.account.Accounts;
import org.newsline.account.Role;
import org.newsline.account.StaffCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every newsroom, staff API and wire endpoint, as Spring has them, against callers who must be refused: nobody
 * signed in, a wire subscriber's key on staff addresses, a staff token on wire addresses, and staff tokens below
 * an endpoint's role. A new endpoint without a line in {@link #LEVELS} fails the inventory test, so nobody adds
 * one without deciding who may call it. Owner rules (a correspondent and another's story) are in
 * {@code newsroom/RoleMatrixIntegrationTests} (service) and {@code newsroom/OwnerMatrixIntegrationTests} (HTTP).
 */
@IntegrationTest
class EndpointAccessIntegrationTests {

    private static final String PASSWORD = "correct horse battery";

    /** The least a caller must be: PUBLIC, WIRE (a subscriber key), STAFF (any role), EDITOR or ADMIN. */
    private static final Map<String, String> LEVELS = new TreeMap<>(Map.ofEntries(
            Map.entry("POST /api/v1/tokens", "PUBLIC"),
            Map.entry("GET /api/v1/search", "PUBLIC"),
            Map.entry("GET /newsroom/login", "PUBLIC"),
            // The code step of signing in: it checks the waiting sign-in in the session itself.
            Map.entry("GET /newsroom/login/code", "PUBLIC"),
            Map.entry("POST /newsroom/login/code", "PUBLIC"),
            Map.entry("GET /newsroom/two-factor", "STAFF"),
            Map.entry("POST /newsroom/two-factor", "STAFF"),
            Map.entry("POST /newsroom/two-factor/recovery-codes", "STAFF"),
            Map.entry("POST /newsroom/two-factor/disable", "STAFF"),
            Map.entry("POST /newsroom/staff/{id}/two-factor/reset", "ADMIN"),
            // The API description: public as JSON (openapi.json, left out here), for staff in YAML.
            Map.entry("GET /api/v1/openapi.json.yaml", "STAFF"),
            Map.entry("GET /api/v1/articles", "STAFF"),
            Map.entry("POST /api/v1/articles", "STAFF"),
            Map.entry("GET /api/v1/articles/{id}", "STAFF"),
            Map.entry("PUT /api/v1/articles/{id}", "STAFF"),
            Map.entry("POST /api/v1/articles/{id}/submit", "STAFF"),
            Map.entry("POST /api/v1/articles/{id}/publish", "EDITOR"),
            Map.entry("POST /api/v1/articles/{id}/unpublish", "EDITOR"),
            Map.entry("POST /api/v1/articles/{id}/corrections", "EDITOR"),
            Map.entry("GET /api/v1/reviews", "EDITOR"),
            Map.entry("GET /api/v1/reviews/{id}", "EDITOR"),
            Map.entry("POST /api/v1/reviews/{id}/approve", "EDITOR"),
            Map.entry("POST /api/v1/reviews/{id}/reject", "EDITOR"),
            Map.entry("POST /api/v1/reviews/{id}/spam", "EDITOR"),
            Map.entry("POST /api/v1/reviews/{id}/correct", "EDITOR"),
            Map.entry("POST /api/v1/reviews/{id}/reply", "EDITOR"),
            Map.entry("DELETE /api/v1/reviews/{id}/reply", "EDITOR"),
            Map.entry("POST /api/v1/reviews/bulk", "EDITOR"),
            Map.entry("GET /api/v1/reviews/settings/{articleId}", "EDITOR"),
            Map.entry("PUT /api/v1/reviews/settings/{articleId}", "EDITOR"),
            Map.entry("POST /api/v1/reviews/erase", "ADMIN"),
            Map.entry("GET /api/v1/subscribers", "ADMIN"),
            Map.entry("POST /api/v1/subscribers", "ADMIN"),
            Map.entry("GET /api/v1/subscribers/{id}", "ADMIN"),
            Map.entry("POST /api/v1/subscribers/{id}/keys", "ADMIN"),
            Map.entry("DELETE /api/v1/subscribers/{id}/keys/{keyId}", "ADMIN"),
            Map.entry("POST /api/v1/subscribers/{id}/deliveries/{deliveryId}/replay", "ADMIN"),
            Map.entry("GET /wire/v1/items", "WIRE"),
            Map.entry("GET /wire/v1/items/{guid}", "WIRE"),
            Map.entry("GET /wire/v1/items/{guid}/versions/{version}", "WIRE"),
            Map.entry("GET /wire/v1/deliveries", "WIRE"),
            Map.entry("GET /newsroom", "STAFF"),
            Map.entry("GET /newsroom/", "STAFF"),
            Map.entry("GET /newsroom/articles/new", "STAFF"),
            Map.entry("POST /newsroom/articles", "STAFF"),
            Map.entry("GET /newsroom/articles/{id}", "STAFF"),
            Map.entry("POST /newsroom/articles/{id}", "STAFF"),
            Map.entry("POST /newsroom/articles/{id}/autosave", "STAFF"),
            Map.entry("POST /newsroom/articles/{id}/submit", "STAFF"),
            Map.entry("POST /newsroom/articles/{id}/publish", "EDITOR"),
            Map.entry("POST /newsroom/articles/{id}/unpublish", "EDITOR"),
            Map.entry("POST /newsroom/articles/{id}/corrections", "EDITOR"),
            Map.entry("GET /newsroom/articles/{id}/revisions", "STAFF"),
            Map.entry("POST /newsroom/articles/{id}/revisions/{version}/restore", "STAFF"),
            Map.entry("GET /newsroom/tokens", "STAFF"),
            Map.entry("POST /newsroom/tokens", "STAFF"),
            Map.entry("POST /newsroom/tokens/{id}/revoke", "STAFF"),
            Map.entry("GET /newsroom/staff", "ADMIN"),
            Map.entry("POST /newsroom/staff", "ADMIN"),
            Map.entry("POST /newsroom/staff/{id}/enabled", "ADMIN"),
            Map.entry("GET /newsroom/audit", "ADMIN"),
            Map.entry("GET /newsroom/subscribers", "ADMIN"),
            Map.entry("POST /newsroom/subscribers", "ADMIN"),
            Map.entry("GET /newsroom/subscribers/{id}", "ADMIN"),
            Map.entry("POST /newsroom/subscribers/{id}/status", "ADMIN"),
            Map.entry("POST /newsroom/subscribers/{id}/keys", "ADMIN"),
            Map.entry("POST /newsroom/subscribers/{id}/keys/{keyId}/revoke", "ADMIN"),
            Map.entry("POST /newsroom/subscribers/{id}/deliveries/{deliveryId}/replay", "ADMIN"),
            Map.entry("GET /newsroom/entities", "EDITOR"),
            Map.entry("POST /newsroom/entities/{id}/accept", "EDITOR"),
            Map.entry("POST /newsroom/entities/{id}/dismiss", "EDITOR"),
            Map.entry("POST /newsroom/entities/{id}/merge", "EDITOR"),
            Map.entry("GET /newsroom/reviews", "EDITOR"),
            Map.entry("GET /newsroom/reviews/corrections", "EDITOR"),
            Map.entry("GET /newsroom/reviews/story/{articleId}", "EDITOR"),
            Map.entry("POST /newsroom/reviews/story/{articleId}", "EDITOR"),
            Map.entry("POST /newsroom/reviews/{id}/{action:approve|reject|spam}", "EDITOR"),
            Map.entry("POST /newsroom/reviews/{id}/correct", "EDITOR"),
            Map.entry("POST /newsroom/reviews/{id}/reply", "EDITOR"),
            Map.entry("POST /newsroom/reviews/{id}/reply/remove", "EDITOR"),
            Map.entry("POST /newsroom/reviews/bulk", "EDITOR"),
            Map.entry("GET /newsroom/articles/{id}/quotes", "EDITOR"),
            Map.entry("POST /newsroom/articles/{id}/quotes/{quote}/confirm", "EDITOR"),
            Map.entry("POST /newsroom/articles/{id}/quotes/{quote}/reject", "EDITOR"),
            Map.entry("POST /newsroom/articles/{id}/quotes/{quote}/speaker", "EDITOR"),
            Map.entry("POST /newsroom/reviews/{id}/block-{kind:email|client}", "EDITOR"),
            Map.entry("GET /newsroom/reviews/erase", "ADMIN"),
            Map.entry("POST /newsroom/reviews/erase", "ADMIN"),
            Map.entry("GET /newsroom/reviews/blocklist", "ADMIN"),
            Map.entry("POST /newsroom/reviews/blocklist", "ADMIN"),
            Map.entry("POST /newsroom/reviews/blocklist/{id}/remove", "ADMIN")));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Accounts accounts;

    @LocalServerPort
    int port;

    SiteClient site;

    @BeforeEach
    void setUp() {
        site = new SiteClient(port);
    }

    /** "METHOD pattern" of every endpoint under /newsroom, /api and /wire. */
    private Map<String, RequestMappingInfo> endpoints() {
        Map<String, RequestMappingInfo> endpoints = new TreeMap<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.matches("/(newsroom|api|wire)(/.*)?") || pattern.equals("/api/v1/openapi.json")) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    endpoints.put(method + " " + pattern, info);
                }
            }
        });
        return endpoints;
    }

    @Test
    void everyEndpointHasADecidedAccessLevel() {
        assertThat(endpoints().keySet()).containsExactlyInAnyOrderElementsOf(LEVELS.keySet());
    }

    @Test
    void nobodySignedInReachesOnlyPublicEndpoints() {
        for (String endpoint : endpoints().keySet()) {
            HttpResponse<String> response = call(endpoint, null);
            if (LEVELS.get(endpoint).equals("PUBLIC")) {
                // Reached the handler: signing in with no password (POST /api/v1/tokens) rightly answers 401.
                assertThat(response.statusCode()).as(endpoint).isNotEqualTo(302).isLessThan(500);
            } else {
                assertRefused(endpoint, response);
            }
        }
    }

    @Test
    void aWireKeyOpensNoStaffEndpointAndAStaffTokenNoWireEndpoint() {
        String admin = staffToken(Role.ADMIN);
        String wireKey = wireKey(admin);
        for (String endpoint : endpoints().keySet()) {
            String level = LEVELS.get(endpoint);
            if (level.equals("WIRE")) {
                assertRefused(endpoint, call(endpoint, admin));
                assertThat(call(endpoint, wireKey).statusCode()).as(endpoint).isNotIn(401, 403);
            } else if (!level.equals("PUBLIC")) {
                assertRefused(endpoint, call(endpoint, wireKey));
            }
        }
    }

    @Test
    void apiTokensBelowAnEndpointsRoleAreRefused() {
        Map<Role, String> tokens =
                Map.of(Role.CORRESPONDENT, staffToken(Role.CORRESPONDENT), Role.EDITOR, staffToken(Role.EDITOR));
        for (String endpoint : endpoints().keySet()) {
            String level = LEVELS.get(endpoint);
            if (!endpoint.contains(" /api/") || !(level.equals("EDITOR") || level.equals("ADMIN"))) {
                continue;
            }
            assertRefused(endpoint + " as correspondent", call(endpoint, tokens.get(Role.CORRESPONDENT)));
            if (level.equals("ADMIN")) {
                assertRefused(endpoint + " as editor", call(endpoint, tokens.get(Role.EDITOR)));
            }
        }
    }

    private static void assertRefused(String what, HttpResponse<String> response) {
        boolean toLogin = response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").endsWith("/newsroom/login");
        assertThat(toLogin || response.statusCode() == 401 || response.statusCode() == 403)
                .as(what + " answered " + response.statusCode() + " " + response.body())
                .isTrue();
    }

    /** Calls the endpoint with made-up ids and an empty JSON body, with a bearer credential or none. */
    private HttpResponse<String> call(String endpoint, String bearer) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                .replace("{action:approve|reject|spam}", "approve")
                .replace("block-{kind:email|client}", "block-email")
                .replace("{guid}", "urn:newsline:none")
                .replaceAll("\\{[^}]+}", "1");
        String body = method.equals("GET") || method.equals("DELETE") ? null : "{}";
        return bearer == null
                ? site.send(method, path, body)
                : site.send(method, path, body, "Authorization", "Bearer " + bearer);
    }

    private String staffToken(Role role) {
        String email = role.code() + "-" + UUID.randomUUID() + "@test.example";
        accounts.create(null, email, "Test " + role.code(), role, PASSWORD);
        HttpResponse<String> response =
                site.send("POST", "/api/v1/tokens", StaffCodes.tokenRequest(site.port(), email, PASSWORD));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return field(response.body(), "token");
    }

    private String wireKey(String admin) {
        HttpResponse<String> subscriber = site.send(
                "POST",
                "/api/v1/subscribers",
                "{\"name\":\"Matrix " + UUID.randomUUID() + "\",\"products\":[{\"languages\":[\"en\"],"
                        + "\"categories\":[\"politics\"],\"minUrgency\":\"normal\"}]}",
                "Authorization",
                "Bearer " + admin);
        assertThat(subscriber.statusCode()).as(subscriber.body()).isEqualTo(201);
        HttpResponse<String> key = site.send(
                "POST",
                "/api/v1/subscribers/" + field(subscriber.body(), "id") + "/keys",
                null,
                "Authorization",
                "Bearer " + admin);
        return field(key.body(), "key");
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        assertThat(matcher.find()).as(name + " in " + json).isTrue();
        return matcher.group(1);
    }
}
