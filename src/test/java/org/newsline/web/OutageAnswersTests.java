package org.newsline.web;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The answer while the database is down, written without the database. */
class OutageAnswersTests {

    private final Translations translations = new Translations();
    private final OutageAnswers answers = new OutageAnswers(
            new ChromeSource() {
                @Override
                public Chrome chrome(String lang) {
                    return new Chrome(
                            "http://localhost",
                            "Newsline",
                            lang,
                            translations.of(lang),
                            ZoneId.of("Asia/Baku"),
                            "/" + lang + "/",
                            "/" + lang + "/news-line",
                            List.of(),
                            List.of(),
                            LocalDate.of(2026, 11, 29));
                }

                @Override
                public List<Link> homeLinks(String currentLang) {
                    return List.of();
                }
            },
            TemplateEngine.createPrecompiled(ContentType.Html));

    @Test
    void aFormSentDuringAnOutageComesBackFilledInWithoutItsPassword() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/newsroom/articles/7");
        request.setContentType("application/x-www-form-urlencoded");
        request.addParameter("headline", "Typed <script>alert(1)</script>");
        request.addParameter("body", "Line one.\nLine two.");
        request.addParameter("password", "never shown");
        request.addParameter("_csrf", "token-123");
        MockHttpServletResponse response = new MockHttpServletResponse();

        answers.write(request, response);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("10");
        assertThat(response.getContentAsString())
                .doesNotContain("<script>alert")
                .doesNotContain("never shown");
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Not saved: the database is unavailable");
        assertThat(page.select("form.unsaved-form").attr("action")).isEqualTo("/newsroom/articles/7");
        assertThat(page.select("input[name=_csrf]").attr("value")).isEqualTo("token-123");
        assertThat(page.select("input[name=headline]").attr("value")).isEqualTo("Typed <script>alert(1)</script>");
        assertThat(page.select("textarea[name=body]").first().wholeText()).isEqualTo("Line one.\nLine two.");
        assertThat(page.select("[name=password]")).isEmpty();
    }

    @Test
    void anApiClientGetsAProblemWithRetryAfter() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/articles");
        MockHttpServletResponse response = new MockHttpServletResponse();

        answers.write(request, response);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("10");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString())
                .contains("\"status\":503")
                .contains("\"instance\":\"/api/v1/articles\"");
    }

    @Test
    void aReaderGetsAClearPageInTheirLanguage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/ru/news-line");
        MockHttpServletResponse response = new MockHttpServletResponse();

        answers.write(request, response);

        assertThat(response.getStatus()).isEqualTo(503);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Временно недоступно");
        assertThat(page.text()).doesNotContain("Exception");
    }
}
