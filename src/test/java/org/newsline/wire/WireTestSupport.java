package org.newsline.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsline.SiteClient;
import org.newsline.account.Accounts;
import org.newsline.account.Role;
import org.newsline.account.StaffCodes;

/** Staff tokens and subscribers made through the real APIs, for wire tests. */
public final class WireTestSupport {

    static final String PASSWORD = "correct horse battery";

    private WireTestSupport() {}

    public static String staffToken(Accounts accounts, SiteClient site, Role role) {
        String email = role.code() + "-" + UUID.randomUUID() + "@test.example";
        accounts.create(null, email, "Test " + role.code(), role, PASSWORD);
        HttpResponse<String> response =
                site.send("POST", "/api/v1/tokens", StaffCodes.tokenRequest(site.port(), email, PASSWORD));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return field(response.body(), "token");
    }

    /** Creates a subscriber through the admin API; returns the response body. */
    public static String createSubscriber(SiteClient site, String adminToken, String json) {
        HttpResponse<String> response =
                site.send("POST", "/api/v1/subscribers", json, "Authorization", "Bearer " + adminToken);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body();
    }

    public static String createKey(SiteClient site, String adminToken, String subscriberId) {
        HttpResponse<String> response = site.send(
                "POST", "/api/v1/subscribers/" + subscriberId + "/keys", null, "Authorization", "Bearer " + adminToken);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return field(response.body(), "key");
    }

    public static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        assertThat(matcher.find()).as(name + " in " + json).isTrue();
        return matcher.group(1);
    }
}
