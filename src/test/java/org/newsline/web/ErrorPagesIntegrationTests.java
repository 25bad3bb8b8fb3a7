package org.newsline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsline.IntegrationTest;
import org.newsline.SiteClient;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ErrorPagesIntegrationTests {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/en/2026/01/01/no-such-story",
                "/ru/no-such-section/",
                "/az/no-such-section",
                "/en/author/nobody",
                "/en/tag/nothing",
                "/xx/",
                "/en/a/b/c/d/e/f",
                "/media/00000000-0000-0000-0000-000000000000.jpg"
            })
    void unknownAddressesAnswerAStyled404(String path) {
        HttpResponse<String> response = new SiteClient(port).get(path, "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select(".error-code").text()).isEqualTo("404");
        assertThat(page.select("link[rel=stylesheet]")).isNotEmpty();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void notFoundPageSpeaksTheLanguageOfTheAddress() {
        Document page =
                Jsoup.parse(new SiteClient(port).get("/ru/author/nobody").body());

        assertThat(page.select("html").attr("lang")).isEqualTo("ru");
        assertThat(page.select("h1").text()).isEqualTo("Страница не найдена");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/en/news-line?before=garbage",
                "/en/news-line?before=12-",
                "/en/news-line?before=99999999999999999999999-1",
                "/en/news-line?category=nonsense",
                "/en/politics/?before=%00%27--",
                "/en/news-line?before=-1"
            })
    void malformedParametersAnswerA400Page(String path) {
        HttpResponse<String> response = new SiteClient(port).get(path);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).select(".error-code").text()).isEqualTo("400");
    }

    @Test
    void apiClientsGetProblemJson() {
        HttpResponse<String> response = new SiteClient(port).get("/api/v1/nothing", "Accept", "application/json");

        assertThat(response.statusCode())
                .as("anonymous API calls are refused before routing")
                .isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":401");
    }

    @Test
    void rootRedirectsToTheReadersLanguage() {
        SiteClient site = new SiteClient(port);

        assertThat(site.get("/", "Accept-Language", "ru-RU,ru;q=0.9,en;q=0.8")
                        .headers()
                        .firstValue("Location"))
                .hasValue("/ru/");
        assertThat(site.get("/", "Accept-Language", "az").headers().firstValue("Location"))
                .hasValue("/az/");
        assertThat(site.get("/", "Accept-Language", "de-DE").headers().firstValue("Location"))
                .hasValue("/en/");
        assertThat(site.get("/", "Accept-Language", ";;;garbage==").statusCode())
                .isEqualTo(302);
    }

    @Test
    void healthSaysUp() {
        HttpResponse<String> response = new SiteClient(port).get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void stylesheetsHaveFingerprintedAddressesCachedForAYear() {
        SiteClient site = new SiteClient(port);
        String css = Jsoup.parse(site.get("/en/").body())
                .select("link[rel=stylesheet]")
                .attr("href");

        assertThat(css).matches("/css/site-[0-9a-f]{32}\\.css");
        HttpResponse<String> response = site.get(css);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(
                        value -> assertThat(value).contains("max-age=31536000").contains("public"));
    }

    @Test
    void pagesCarrySecurityHeaders() {
        HttpResponse<String> response = new SiteClient(port).get("/en/");

        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).isPresent();
    }
}
