package org.newsline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsline.IntegrationTest;
import org.newsline.SiteClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a reader typed comes back with no markup left in it: in an HTML attribute even {@code >} is
 * escaped, and JSON answers carry {@code <}, {@code >} and {@code &} as unicode escapes, so that no
 * scanner, old browser or page that embeds the JSON can take a reflected value for a tag.
 */
@IntegrationTest
class ReflectedInputIntegrationTests {

    private static final String PAYLOAD = "<svg/onload=nlzq9> & \"x\"";

    @LocalServerPort
    int port;

    @Test
    void searchBoxShowsTheQueryWithEveryAngleBracketEscaped() {
        HttpResponse<String> page = new SiteClient(port).get("/en/search?q=" + encode(PAYLOAD));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<svg/onload").doesNotContain("=nlzq9>");
        assertThat(Jsoup.parse(page.body()).select("#search-page-q").first().attr("value"))
                .isEqualTo(PAYLOAD);
    }

    @Test
    void jsonAnswersEscapeMarkupCharactersButKeepTheValue() {
        HttpResponse<String> found = new SiteClient(port).get("/api/v1/search?q=" + encode(PAYLOAD));
        HttpResponse<String> refused = new SiteClient(port).get("/api/v1/search?q=x&page=" + encode(PAYLOAD));

        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).doesNotContain("<svg").doesNotContain("nlzq9>").contains("\\u003Csvg");
        assertThat(json(found.body()).get("query").asString()).isEqualTo(PAYLOAD);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).doesNotContain("<svg").doesNotContain("nlzq9>");
        assertThat(json(refused.body()).get("detail").asString()).endsWith(PAYLOAD);
    }

    private static JsonNode json(String body) {
        return JsonMapper.builder().build().readTree(body);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
